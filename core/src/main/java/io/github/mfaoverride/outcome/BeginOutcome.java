package io.github.mfaoverride.outcome;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.workflow.RequestId;
import java.time.Instant;

/**
 * What beginning a phone change gave: the extra security step to show, or a refusal.
 */
public sealed interface BeginOutcome permits BeginOutcome.Started, Refused {

    /**
     * The request exists and the admin's step-up challenge began.
     *
     * @param requestId the new request, to pass to every later step, not null
     * @param stepUpPrompt what the "Extra security step" screen tells the admin, not null
     * @param stepUpExpiresAt when the step-up challenge stops being accepted, not null
     * @param requestExpiresAt the end of the request's lifetime, not null
     */
    record Started(RequestId requestId, String stepUpPrompt, Instant stepUpExpiresAt, Instant requestExpiresAt)
            implements BeginOutcome {
        /** Checks that no component is null. */
        public Started {
            requireNonNull(requestId, "requestId cannot be null");
            requireNonNull(stepUpPrompt, "stepUpPrompt cannot be null");
            requireNonNull(stepUpExpiresAt, "stepUpExpiresAt cannot be null");
            requireNonNull(requestExpiresAt, "requestExpiresAt cannot be null");
        }
    }
}
