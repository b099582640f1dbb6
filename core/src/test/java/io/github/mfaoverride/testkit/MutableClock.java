package io.github.mfaoverride.testkit;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves by hand, so that lifetimes and cooldowns can be tested at their exact boundaries.
 * Thread-safe.
 */
public final class MutableClock extends Clock {

    private volatile Instant now;

    /**
     * Creates a clock standing at the given instant.
     *
     * @param start the initial time, not null
     */
    public MutableClock(Instant start) {
        this.now = requireNonNull(start, "start cannot be null");
    }

    /**
     * Creates a clock standing at 2026-01-05T09:00:00Z, a Monday morning.
     *
     * @return the clock
     */
    public static MutableClock startingMonday() {
        return new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    }

    /**
     * Moves the clock forward (or back, with a negative duration).
     *
     * @param duration how far, not null
     */
    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    /**
     * Sets the clock to an instant.
     *
     * @param instant the new time, not null
     */
    public void set(Instant instant) {
        now = requireNonNull(instant, "instant cannot be null");
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
