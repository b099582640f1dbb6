package io.github.mfaoverride.command;

import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.workflow.RequestId;
import jakarta.validation.constraints.NotNull;

/**
 * A second admin approves a change that waits for approval under the four-eyes rule.
 *
 * @param requestId the request awaiting approval
 * @param approverId the approving admin, who must not be the admin who began the change
 */
public record ApproveChange(@NotNull RequestId requestId, @NotNull UserId approverId) {
}
