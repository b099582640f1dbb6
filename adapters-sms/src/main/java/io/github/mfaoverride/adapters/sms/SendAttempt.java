package io.github.mfaoverride.adapters.sms;

import io.github.mfaoverride.port.CodeMessage;

/**
 * One call to a provider, with no retry of its own. Implementations must be thread-safe and must not throw for
 * provider answers or network faults.
 */
@FunctionalInterface
public interface SendAttempt {

    /**
     * Sends the message once.
     *
     * @param message the message, whose {@code validFor} is the code's remaining lifetime, not null
     * @return what the provider made of it, never null
     */
    AttemptOutcome attempt(CodeMessage message);
}
