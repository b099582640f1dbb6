package io.github.mfaoverride.event;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.workflow.RequestId;
import java.time.Instant;
import java.util.Optional;

/**
 * What every event carries: when, the host's correlation id, and who and which request it concerns.
 *
 * <p>Immutable and thread-safe.
 *
 * @param at when it happened, not null
 * @param correlationId the id the host passed for the call, if any
 * @param requestId the request, if one was involved
 * @param adminId the acting admin (the approver, for an approval), if known
 * @param targetId the target user, if known
 */
public record EventContext(Instant at, Optional<String> correlationId, Optional<RequestId> requestId,
        Optional<UserId> adminId, Optional<UserId> targetId) {

    /** Checks that no component is null. */
    public EventContext {
        requireNonNull(at, "at cannot be null");
        requireNonNull(correlationId, "correlationId cannot be null");
        requireNonNull(requestId, "requestId cannot be null");
        requireNonNull(adminId, "adminId cannot be null");
        requireNonNull(targetId, "targetId cannot be null");
    }
}
