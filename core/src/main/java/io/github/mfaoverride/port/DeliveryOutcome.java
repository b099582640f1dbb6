package io.github.mfaoverride.port;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * What a {@link CodeDelivery} made of one message: accepted, refused for good, or failed for now.
 */
public sealed interface DeliveryOutcome {

    /**
     * The provider took the message.
     *
     * @param provider the provider's name, for example {@code "twilio"}, not null
     * @param providerMessageId the provider's id for the message, for support and audit, not null
     */
    record Accepted(String provider, String providerMessageId) implements DeliveryOutcome {
        /** Checks that no component is null. */
        public Accepted {
            requireNonNull(provider, "provider cannot be null");
            requireNonNull(providerMessageId, "providerMessageId cannot be null");
        }
    }

    /**
     * The provider will never deliver this message as asked; retrying the same call is pointless.
     *
     * @param reason why, not null
     * @param detail a description safe to log (no number, no code), not null
     */
    record Refused(DeliveryRefusal reason, String detail) implements DeliveryOutcome {
        /** Checks that no component is null. */
        public Refused {
            requireNonNull(reason, "reason cannot be null");
            requireNonNull(detail, "detail cannot be null");
        }
    }

    /**
     * The message may or may not have gone; a later retry may succeed.
     *
     * @param detail a description safe to log, not null
     * @param retryAfter how long the provider asked to wait, if it said, not null
     */
    record TransientFailure(String detail, Optional<Duration> retryAfter) implements DeliveryOutcome {
        /** Checks that no component is null. */
        public TransientFailure {
            requireNonNull(detail, "detail cannot be null");
            requireNonNull(retryAfter, "retryAfter cannot be null");
        }
    }
}
