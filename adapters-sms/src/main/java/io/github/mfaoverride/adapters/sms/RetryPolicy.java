package io.github.mfaoverride.adapters.sms;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How many times and how patiently a {@link RetryingCodeDelivery} retries.
 *
 * @param maxAttempts the most calls to the provider for one message, first included, 1..10
 * @param ambiguousRetries how many retries an ambiguous failure may have, 0 or 1 (a retry may deliver twice)
 * @param initialBackoff the first wait when the provider did not say how long to wait, positive
 * @param maxBackoff the longest wait chosen by the policy itself (a provider's Retry-After may be longer),
 *     not shorter than {@code initialBackoff}
 * @param minimumRemainingLifetime how much of the code's lifetime must be left after a wait for a retry to be
 *     worth it, not negative
 */
public record RetryPolicy(
        int maxAttempts,
        int ambiguousRetries,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration minimumRemainingLifetime) {

    private static final int MOST_ATTEMPTS = 10;

    /** Checks the ranges given above. */
    public RetryPolicy {
        requireNonNull(initialBackoff, "initialBackoff cannot be null");
        requireNonNull(maxBackoff, "maxBackoff cannot be null");
        requireNonNull(minimumRemainingLifetime, "minimumRemainingLifetime cannot be null");
        if (maxAttempts < 1 || maxAttempts > MOST_ATTEMPTS) {
            throw new IllegalArgumentException("maxAttempts must be 1..10, but was " + maxAttempts);
        }
        if (ambiguousRetries < 0 || ambiguousRetries > 1) {
            throw new IllegalArgumentException("ambiguousRetries must be 0 or 1, but was " + ambiguousRetries);
        }
        if (initialBackoff.isNegative() || initialBackoff.isZero()) {
            throw new IllegalArgumentException("initialBackoff must be positive, but was " + initialBackoff);
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff must not be shorter than initialBackoff");
        }
        if (minimumRemainingLifetime.isNegative()) {
            throw new IllegalArgumentException("minimumRemainingLifetime cannot be negative");
        }
    }

    /**
     * Returns the default: three attempts, one retry of an ambiguous failure, waits of 1 s doubling up to 8 s, and
     * no retry that would leave less than 30 s of the code's lifetime.
     *
     * @return the policy, never null
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, 1, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofSeconds(30));
    }

    /**
     * Returns a policy that never retries, for use under a {@link FailoverCodeDelivery} that should move on at once.
     *
     * @return the policy, never null
     */
    public static RetryPolicy none() {
        return new RetryPolicy(1, 0, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO);
    }
}
