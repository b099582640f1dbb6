package io.github.mfaoverride.command;

import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.workflow.RequestId;
import jakarta.validation.constraints.NotNull;

/**
 * The admin gave up on a request.
 *
 * @param requestId the request
 * @param adminId the acting admin, who must be the one who began it
 */
public record CancelRequest(@NotNull RequestId requestId, @NotNull UserId adminId) {
}
