package io.github.mfaoverride.limits;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * What {@link RateLimitCounters#tryAcquire} did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param granted whether the event was counted
 * @param count the window's count after the call, one or more
 * @param windowEndsAt when the current window ends, and a denied caller may try again, not null
 */
public record Acquisition(boolean granted, int count, Instant windowEndsAt) {

    /** Checks that no component is null. */
    public Acquisition {
        requireNonNull(windowEndsAt, "windowEndsAt cannot be null");
    }
}
