package io.github.mfaoverride.outcome;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.workflow.RequestId;

/**
 * The answer was wrong once too often: the request is now {@code LOCKED} and can never complete.
 *
 * @param requestId the request that locked, not null
 */
public record Locked(RequestId requestId) implements StepUpOutcome, VerifyOutcome {

    /** Checks that no component is null. */
    public Locked {
        requireNonNull(requestId, "requestId cannot be null");
    }
}
