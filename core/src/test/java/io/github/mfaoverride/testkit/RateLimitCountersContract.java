package io.github.mfaoverride.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RateLimitCounters} adapter must do. A durable adapter's test extends this class and returns a
 * fresh, empty store from {@link #counters()}. (Ready to move into the published {@code testkit} package.)
 */
public abstract class RateLimitCountersContract {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(10);

    private RateLimitCounters counters;

    /**
     * Returns a fresh, empty store for one test.
     *
     * @return the adapter under test
     */
    protected abstract RateLimitCounters counters();

    @BeforeEach
    void freshStore() {
        counters = counters();
    }

    @Test
    void tryAcquireWhenWindowIsFullThenDeniesUntilItsLastMillisecond() {
        for (int i = 1; i <= 3; i++) {
            assertThat(counters.tryAcquire("k", 3, WINDOW, T0.plusSeconds(i)).granted()).isTrue();
        }

        Acquisition denied = counters.tryAcquire("k", 3, WINDOW, T0.plus(WINDOW).minusMillis(1));

        assertThat(denied.granted()).isFalse();
        assertThat(denied.count()).isEqualTo(3);
        assertThat(denied.windowEndsAt()).isEqualTo(T0.plusSeconds(1).plus(WINDOW));
    }

    @Test
    void tryAcquireWhenWindowHasEndedThenOpensANewWindowAtOne() {
        counters.tryAcquire("k", 1, WINDOW, T0);

        Acquisition next = counters.tryAcquire("k", 1, WINDOW, T0.plus(WINDOW));

        assertThat(next.granted()).isTrue();
        assertThat(next.count()).isEqualTo(1);
        assertThat(next.windowEndsAt()).isEqualTo(T0.plus(WINDOW).plus(WINDOW));
    }

    @Test
    void releaseWhenWindowIsOpenThenGivesBackOneCount() {
        counters.tryAcquire("k", 2, WINDOW, T0);
        counters.tryAcquire("k", 2, WINDOW, T0);

        counters.release("k", T0.plusSeconds(1));

        assertThat(counters.current("k", T0.plusSeconds(1))).contains(new CounterWindow(1, T0.plus(WINDOW)));
        assertThat(counters.tryAcquire("k", 2, WINDOW, T0.plusSeconds(2)).granted()).isTrue();
    }

    @Test
    void currentWhenWindowHasEndedThenIsEmpty() {
        counters.tryAcquire("k", 2, WINDOW, T0);

        assertThat(counters.current("k", T0.plus(WINDOW).minusMillis(1))).isPresent();
        assertThat(counters.current("k", T0.plus(WINDOW))).isEmpty();
        assertThat(counters.current("other", T0)).isEmpty();
    }

    @Test
    void purgeEndedBeforeWhenSomeWindowsEndedThenRemovesOnlyThose() {
        counters.tryAcquire("old", 1, Duration.ofMinutes(1), T0);
        counters.tryAcquire("new", 1, Duration.ofHours(1), T0);

        int removed = counters.purgeEndedBefore(T0.plus(Duration.ofMinutes(2)), 10);

        assertThat(removed).isEqualTo(1);
        assertThat(counters.current("new", T0)).isPresent();
    }

    @Test
    void tryAcquireWhenManyThreadsRaceThenNeverGrantsMoreThanTheLimit() throws Exception {
        int threads = 8;
        int attemptsEach = 500;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        Callable<Integer> racer = () -> {
            start.await();
            int granted = 0;
            for (int i = 0; i < attemptsEach; i++) {
                if (counters.tryAcquire("hot", 100, WINDOW, T0).granted()) {
                    granted++;
                }
                if (i % 7 == 0) {
                    counters.current("hot", T0);
                }
            }
            return granted;
        };
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(racer));
        }

        start.countDown();
        int total = 0;
        for (Future<Integer> result : results) {
            total += result.get();
        }
        pool.shutdown();

        assertThat(total).isEqualTo(100);
        assertThat(counters.current("hot", T0)).contains(new CounterWindow(100, T0.plus(WINDOW)));
    }
}
