package io.github.mfaoverride.outcome;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.workflow.RequestId;

/**
 * What cancelling gave: the request ended, or a refusal (it belonged to someone else, or was already over).
 */
public sealed interface CancelOutcome permits CancelOutcome.Cancelled, Refused {

    /**
     * The request is now {@code CANCELLED}; any code sent for it no longer verifies.
     *
     * @param requestId the request, not null
     */
    record Cancelled(RequestId requestId) implements CancelOutcome {
        /** Checks that no component is null. */
        public Cancelled {
            requireNonNull(requestId, "requestId cannot be null");
        }
    }
}
