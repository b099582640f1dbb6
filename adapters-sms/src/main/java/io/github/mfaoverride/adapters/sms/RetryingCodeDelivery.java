package io.github.mfaoverride.adapters.sms;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.port.CodeDelivery;
import io.github.mfaoverride.port.CodeMessage;
import io.github.mfaoverride.port.DeliveryOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link CodeDelivery} that calls a provider through a {@link SendAttempt} and retries only where it is safe.
 *
 * <p>A failure the provider certainly did not process (connection refused, throttled) is retried up to the policy's
 * attempts, honouring the provider's Retry-After; an ambiguous failure (read timeout, server error) is retried at
 * most once, since a retry may deliver the code twice. No wait may run past the code's lifetime less the policy's
 * minimum remainder, and each retry carries the code's remaining lifetime. Thread-safe when the attempt is.
 */
public final class RetryingCodeDelivery implements CodeDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingCodeDelivery.class);

    private final String provider;
    private final SendAttempt sendAttempt;
    private final RetryPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;

    /**
     * Creates the delivery.
     *
     * @param provider the provider's name for logs and outcomes, not null
     * @param sendAttempt one call to the provider, not null
     * @param policy how to retry, not null
     * @param clock the time source, not null
     * @param sleeper how to wait between attempts, not null
     */
    public RetryingCodeDelivery(String provider, SendAttempt sendAttempt, RetryPolicy policy, Clock clock,
            Sleeper sleeper) {
        this.provider = requireNonNull(provider, "provider cannot be null");
        this.sendAttempt = requireNonNull(sendAttempt, "sendAttempt cannot be null");
        this.policy = requireNonNull(policy, "policy cannot be null");
        this.clock = requireNonNull(clock, "clock cannot be null");
        this.sleeper = requireNonNull(sleeper, "sleeper cannot be null");
    }

    @Override
    public DeliveryOutcome deliver(CodeMessage message) {
        requireNonNull(message, "message cannot be null");
        Instant expiry = clock.instant().plus(message.validFor());
        Duration backoff = policy.initialBackoff();
        int attempt = 1;
        int ambiguousRetries = 0;
        CodeMessage current = message;
        while (true) {
            AttemptOutcome outcome = sendAttempt.attempt(current);
            if (outcome instanceof AttemptOutcome.Final done) {
                return done.outcome();
            }

            boolean ambiguous = outcome instanceof AttemptOutcome.Ambiguous;
            Duration wait = ambiguous ? backoff : retryAfterOf(outcome).orElse(backoff);
            if (!mayRetry(ambiguous, attempt, ambiguousRetries) || !fitsLifetime(wait, expiry)) {
                LOG.warn("{} gave up on {} after {} attempt(s): {}", provider, message.reference(), attempt,
                        detailOf(outcome));
                return new DeliveryOutcome.TransientFailure(detailOf(outcome), retryAfterOf(outcome));
            }

            LOG.warn("{} attempt {} for {} failed ({}); retrying in {}", provider, attempt, message.reference(),
                    detailOf(outcome), wait);
            if (!sleep(wait)) {
                return new DeliveryOutcome.TransientFailure("interrupted while waiting to retry", Optional.empty());
            }
            attempt++;
            ambiguousRetries += ambiguous ? 1 : 0;
            backoff = min(backoff.multipliedBy(2), policy.maxBackoff());
            current = withLifetimeUntil(message, expiry);
        }
    }

    @Override
    public String toString() {
        return "RetryingCodeDelivery[" + provider + ", " + policy + "]";
    }

    private boolean mayRetry(boolean ambiguous, int attempt, int ambiguousRetries) {
        return attempt < policy.maxAttempts() && (!ambiguous || ambiguousRetries < policy.ambiguousRetries());
    }

    private boolean fitsLifetime(Duration wait, Instant expiry) {
        return !clock.instant().plus(wait).plus(policy.minimumRemainingLifetime()).isAfter(expiry);
    }

    private boolean sleep(Duration wait) {
        try {
            sleeper.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private CodeMessage withLifetimeUntil(CodeMessage message, Instant expiry) {
        Duration remaining = Duration.between(clock.instant(), expiry);
        Duration validFor = remaining.isNegative() || remaining.isZero() ? Duration.ofSeconds(1) : remaining;
        return new CodeMessage(message.destination(), message.method(), message.locale(), message.code(), validFor,
                message.purpose(), message.reference());
    }

    private static Optional<Duration> retryAfterOf(AttemptOutcome outcome) {
        return outcome instanceof AttemptOutcome.NotProcessed notProcessed
                ? notProcessed.retryAfter() : Optional.empty();
    }

    private static String detailOf(AttemptOutcome outcome) {
        if (outcome instanceof AttemptOutcome.NotProcessed notProcessed) {
            return notProcessed.detail();
        }
        return ((AttemptOutcome.Ambiguous) outcome).detail();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
