package io.github.mfaoverride.port;

/**
 * Port that delivers a verification code to a phone by SMS or voice.
 *
 * <p>An implementation reports what happened as a value and does not throw for provider answers; it must never
 * log the code or the full number. Implementations must be thread-safe.
 */
public interface CodeDelivery {

    /**
     * Delivers one code.
     *
     * @param message what to send where, not null
     * @return accepted, refused for good, or a transient failure; never null
     */
    DeliveryOutcome deliver(CodeMessage message);
}
