package io.github.mfaoverride.command;

import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.workflow.RequestId;
import jakarta.validation.constraints.NotNull;

/**
 * A second admin rejects a change that waits for approval; the old number stays.
 *
 * @param requestId the request awaiting approval
 * @param approverId the rejecting admin, who must not be the admin who began the change (that admin cancels)
 */
public record RejectChange(@NotNull RequestId requestId, @NotNull UserId approverId) {
}
