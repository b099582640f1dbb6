package io.github.mfaoverride.port;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.workflow.RequestId;
import java.time.Instant;

/**
 * What a step-up challenge is bound to: this admin, acting on this target, in this request.
 *
 * @param requestId the request, not null
 * @param admin the admin as just read from the directory, not null
 * @param targetId the user the admin wants to change, not null
 * @param notAfter the request's end of life: a challenge must not outlive it, not null
 */
public record StepUpContext(RequestId requestId, User admin, UserId targetId, Instant notAfter) {

    /** Checks that no component is null. */
    public StepUpContext {
        requireNonNull(requestId, "requestId cannot be null");
        requireNonNull(admin, "admin cannot be null");
        requireNonNull(targetId, "targetId cannot be null");
        requireNonNull(notAfter, "notAfter cannot be null");
    }
}
