package io.github.mfaoverride.outcome;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.DeliveryMethod;
import java.time.Instant;

/**
 * What sending (or resending) a code gave: where it went and what comes next, or a refusal.
 */
public sealed interface SendOutcome permits SendOutcome.CodeSent, Refused {

    /**
     * A code went to the new number. The old number stays in force until the code comes back.
     *
     * @param maskedDestination the number it went to, masked, for the Enter the Code screen, not null
     * @param method how it went, not null
     * @param codeExpiresAt when the code stops being accepted, not null
     * @param resendAllowedAt the earliest time another code may be sent, not null
     * @param sendsLeft how many more codes this request may send
     */
    record CodeSent(String maskedDestination, DeliveryMethod method, Instant codeExpiresAt, Instant resendAllowedAt,
            int sendsLeft) implements SendOutcome {
        /** Checks that no component is null. */
        public CodeSent {
            requireNonNull(maskedDestination, "maskedDestination cannot be null");
            requireNonNull(method, "method cannot be null");
            requireNonNull(codeExpiresAt, "codeExpiresAt cannot be null");
            requireNonNull(resendAllowedAt, "resendAllowedAt cannot be null");
        }
    }
}
