package io.github.mfaoverride.adapters.sms;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.port.DeliveryOutcome;
import java.time.Duration;
import java.util.Optional;

/**
 * What one call to a provider made of a message, told finely enough to decide whether a retry is safe.
 */
public sealed interface AttemptOutcome {

    /**
     * The provider gave a final answer (accepted or refused); no retry.
     *
     * @param outcome the answer to hand back to the caller, not null
     */
    record Final(DeliveryOutcome outcome) implements AttemptOutcome {
        /** Checks that the outcome is not null. */
        public Final {
            requireNonNull(outcome, "outcome cannot be null");
        }
    }

    /**
     * The provider certainly did not process the message (connection refused, throttled), so a retry cannot
     * deliver it twice.
     *
     * @param detail a description safe to log, not null
     * @param retryAfter how long the provider asked to wait, if it said, not null
     */
    record NotProcessed(String detail, Optional<Duration> retryAfter) implements AttemptOutcome {
        /** Checks that no component is null. */
        public NotProcessed {
            requireNonNull(detail, "detail cannot be null");
            requireNonNull(retryAfter, "retryAfter cannot be null");
        }
    }

    /**
     * The provider may or may not have taken the message (read timeout, server error); a retry may deliver twice.
     *
     * @param detail a description safe to log, not null
     */
    record Ambiguous(String detail) implements AttemptOutcome {
        /** Checks that the detail is not null. */
        public Ambiguous {
            requireNonNull(detail, "detail cannot be null");
        }
    }
}
