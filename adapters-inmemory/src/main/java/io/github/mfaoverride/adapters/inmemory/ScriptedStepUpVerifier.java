package io.github.mfaoverride.adapters.inmemory;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.port.StepUpChallenge;
import io.github.mfaoverride.port.StepUpCheck;
import io.github.mfaoverride.port.StepUpContext;
import io.github.mfaoverride.port.StepUpUnavailableException;
import io.github.mfaoverride.port.StepUpVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A step-up verifier whose answers a test decides: one response passes, anything else fails, and a challenge
 * expires after its lifetime on the given clock. {@link #unavailable} makes the next begin fail.
 *
 * <p>Stands in for a host's identity provider (a push or TOTP prompt) in tests. Thread-safe.
 */
public final class ScriptedStepUpVerifier implements StepUpVerifier {

    private final String passingResponse;
    private final Clock clock;
    private final Duration lifetime;
    private final AtomicReference<StepUpUnavailableException> nextBeginFailure = new AtomicReference<>();

    /**
     * Creates the verifier.
     *
     * @param passingResponse the one response that passes, not null
     * @param clock the time source deciding expiry, not null
     * @param lifetime how long a challenge is accepted, not null
     */
    public ScriptedStepUpVerifier(String passingResponse, Clock clock, Duration lifetime) {
        this.passingResponse = requireNonNull(passingResponse, "passingResponse cannot be null");
        this.clock = requireNonNull(clock, "clock cannot be null");
        this.lifetime = requireNonNull(lifetime, "lifetime cannot be null");
    }

    /**
     * Makes the next {@link #begin} throw the given exception, once.
     *
     * @param failure the exception, not null
     */
    public void unavailable(StepUpUnavailableException failure) {
        nextBeginFailure.set(requireNonNull(failure, "failure cannot be null"));
    }

    @Override
    public StepUpChallenge begin(StepUpContext context) {
        StepUpUnavailableException failure = nextBeginFailure.getAndSet(null);
        if (failure != null) {
            throw failure;
        }
        Instant expiresAt = clock.instant().plus(lifetime);
        return new StepUpChallenge("scripted:" + expiresAt.toEpochMilli(), "Approve the prompt on your device",
                expiresAt);
    }

    @Override
    public StepUpCheck verify(StepUpContext context, String reference, String response) {
        long expiresAt = Long.parseLong(reference.substring("scripted:".length()));
        if (!clock.instant().isBefore(Instant.ofEpochMilli(expiresAt))) {
            return StepUpCheck.EXPIRED;
        }
        return passingResponse.equals(response) ? StepUpCheck.PASSED : StepUpCheck.FAILED;
    }
}
