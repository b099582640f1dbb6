package io.github.mfaoverride.limits;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A counter's current window, as {@link RateLimitCounters#current} reads it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param count the events counted in the window, zero or more
 * @param endsAt when the window ends, not null
 */
public record CounterWindow(int count, Instant endsAt) {

    /** Checks that no component is null. */
    public CounterWindow {
        requireNonNull(endsAt, "endsAt cannot be null");
    }
}
