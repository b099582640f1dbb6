package io.github.mfaoverride.adapters.sms;

import io.github.mfaoverride.testkit.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A sleeper that records each wait and moves a mutable clock on instead of blocking.
 */
public final class ClockSleeper implements Sleeper {

    private final MutableClock clock;
    private final List<Duration> waits = new ArrayList<>();

    /**
     * Creates the sleeper.
     *
     * @param clock the clock to move on
     */
    public ClockSleeper(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
        clock.advance(duration);
    }

    /**
     * Returns the waits so far.
     *
     * @return a copy, in order
     */
    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }
}
