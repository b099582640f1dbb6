package io.github.mfaoverride.limits;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Port to windowed counters shared by every service instance: the memory of the cross-request limits.
 *
 * <p>A counter is identified by an opaque key (never a full phone number: the library hashes numbers before they
 * become keys). Its window opens at the first count and lasts the given duration; once it has ended the next
 * count opens a new window at one. Every method must be atomic with respect to the others on the same key, so
 * that {@link #tryAcquire} never lets more than {@code limit} counts into one window, however many callers race.
 * A JDBC adapter can do it in one conditional upsert; see {@link #tryAcquire}.
 *
 * <p>Implementations must be thread-safe. The contract is shown by {@code InMemoryRateLimitCounters} in the
 * in-memory adapters.
 */
public interface RateLimitCounters {

    /**
     * Counts one event if the key's current window still has room.
     *
     * <p>In one atomic step: if the key has no window, or its window ended at or before {@code now}, a new window
     * {@code [now, now + window)} opens with a count of one; otherwise, if the count is below {@code limit}, it
     * goes up by one; otherwise nothing changes and the acquisition is denied. In SQL terms: an upsert whose update
     * is guarded by {@code window_ends_at <= :now OR count < :limit}.
     *
     * @param key the counter, not null
     * @param limit the most counts one window may hold, one or more
     * @param window how long a new window lasts, positive, not null
     * @param now the current time, not null
     * @return whether it was counted, the count after the call and the end of the current window; never null
     */
    Acquisition tryAcquire(String key, int limit, Duration window, Instant now);

    /**
     * Reads a counter without changing it.
     *
     * @param key the counter, not null
     * @param now the current time, not null
     * @return the current window, or empty when there is none or it has ended
     */
    Optional<CounterWindow> current(String key, Instant now);

    /**
     * Takes back one count from the key's current window, as when a reserved attempt turned out not to count
     * (a right code). Does nothing when the window has ended or its count is zero.
     *
     * @param key the counter, not null
     * @param now the current time, not null
     */
    void release(String key, Instant now);

    /**
     * Deletes at most {@code maxCount} counters whose window ended before {@code cutoff}. Hosts call it on a
     * schedule; an ended counter has no effect, so keeping it longer is harmless.
     *
     * @param cutoff counters whose window ended strictly before it are removed, not null
     * @param maxCount the batch size, one or more
     * @return how many were removed
     */
    int purgeEndedBefore(Instant cutoff, int maxCount);
}
