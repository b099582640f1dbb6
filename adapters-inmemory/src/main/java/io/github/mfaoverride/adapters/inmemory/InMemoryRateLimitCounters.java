package io.github.mfaoverride.adapters.inmemory;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.limits.Acquisition;
import io.github.mfaoverride.limits.CounterWindow;
import io.github.mfaoverride.limits.RateLimitCounters;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Windowed counters in a map, for tests, demos and single-node hosts. Each operation on a key is atomic
 * ({@link ConcurrentHashMap#compute}), so concurrent acquisitions never exceed a limit. Thread-safe.
 */
public final class InMemoryRateLimitCounters implements RateLimitCounters {

    private final Map<String, CounterWindow> windows = new ConcurrentHashMap<>();

    @Override
    public Acquisition tryAcquire(String key, int limit, Duration window, Instant now) {
        requireNonNull(key, "key cannot be null");
        requireNonNull(window, "window cannot be null");
        requireNonNull(now, "now cannot be null");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, but was " + limit);
        }
        boolean[] granted = new boolean[1];
        CounterWindow after = windows.compute(key, (k, current) -> {
            if (current == null || !now.isBefore(current.endsAt())) {
                granted[0] = true;
                return new CounterWindow(1, now.plus(window));
            }
            if (current.count() < limit) {
                granted[0] = true;
                return new CounterWindow(current.count() + 1, current.endsAt());
            }
            return current;
        });
        return new Acquisition(granted[0], after.count(), after.endsAt());
    }

    @Override
    public Optional<CounterWindow> current(String key, Instant now) {
        requireNonNull(now, "now cannot be null");
        return Optional.ofNullable(windows.get(requireNonNull(key, "key cannot be null")))
                .filter(window -> now.isBefore(window.endsAt()));
    }

    @Override
    public void release(String key, Instant now) {
        requireNonNull(now, "now cannot be null");
        windows.computeIfPresent(requireNonNull(key, "key cannot be null"), (k, current) ->
                now.isBefore(current.endsAt()) && current.count() > 0
                        ? new CounterWindow(current.count() - 1, current.endsAt())
                        : current);
    }

    @Override
    public int purgeEndedBefore(Instant cutoff, int maxCount) {
        requireNonNull(cutoff, "cutoff cannot be null");
        int removed = 0;
        for (Iterator<Map.Entry<String, CounterWindow>> it = windows.entrySet().iterator();
                it.hasNext() && removed < maxCount; ) {
            if (it.next().getValue().endsAt().isBefore(cutoff)) {
                it.remove();
                removed++;
            }
        }
        return removed;
    }
}
