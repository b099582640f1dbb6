package io.github.mfaoverride.adapters.sms;

import java.time.Duration;

/**
 * Waits between attempts; injected so that tests need not really wait.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits for the given time.
     *
     * @param duration how long, not negative, not null
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Returns a sleeper that blocks the calling thread.
     *
     * @return the sleeper, never null
     */
    static Sleeper threadSleep() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
