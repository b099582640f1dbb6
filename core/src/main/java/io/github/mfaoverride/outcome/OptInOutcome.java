package io.github.mfaoverride.outcome;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.workflow.RequestId;

/**
 * What an admin's MFA opt-in gave: a code on its way to their number, or a refusal whose
 * {@link Refused#guidance()} asks for a different number or a call to support.
 */
public sealed interface OptInOutcome permits OptInOutcome.CodeSentForOptIn, Refused {

    /**
     * The number was validated automatically and a code went to it.
     *
     * @param requestId the opt-in request, to confirm with the code, not null
     * @param sent where and how the code went, not null
     */
    record CodeSentForOptIn(RequestId requestId, SendOutcome.CodeSent sent) implements OptInOutcome {
        /** Checks that no component is null. */
        public CodeSentForOptIn {
            requireNonNull(requestId, "requestId cannot be null");
            requireNonNull(sent, "sent cannot be null");
        }
    }
}
