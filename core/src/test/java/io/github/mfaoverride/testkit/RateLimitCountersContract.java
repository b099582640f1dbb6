package io.github.mfaoverride.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.limits.Acquisition;
import io.github.mfaoverride.limits.CounterWindow;
import io.github.mfaoverride.limits.RateLimitCounters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link RateLimitCounters} must show: windows open at the first count and end after their
 * length, a full window denies until its end, a release gives one count back, ended windows read as absent and
 * are purged in batches, and racing acquirers never get more counts into one window than its limit.
 *
 * <p>Extend it in an adapter's tests and implement {@link #counters()}; a durable adapter runs it against a real
 * database, since the race test is what proves its acquisition atomic.
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

    /** Creates the store under test for the next test. */
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
    void tryAcquireWhenKeysDifferThenEachHasItsOwnWindow() {
        counters.tryAcquire("a", 1, WINDOW, T0);

        Acquisition other = counters.tryAcquire("b", 1, WINDOW, T0.plusSeconds(5));

        assertThat(other.granted()).isTrue();
        assertThat(other.count()).isEqualTo(1);
        assertThat(other.windowEndsAt()).isEqualTo(T0.plusSeconds(5).plus(WINDOW));
        assertThat(counters.tryAcquire("a", 1, WINDOW, T0.plusSeconds(5)).granted()).isFalse();
    }

    @Test
    void releaseWhenWindowHasEndedOrCountIsZeroThenChangesNothing() {
        counters.tryAcquire("k", 2, WINDOW, T0);
        counters.release("k", T0.plusSeconds(1));

        counters.release("k", T0.plusSeconds(2));
        counters.release("k", T0.plus(WINDOW));
        counters.release("never-counted", T0);

        assertThat(counters.current("k", T0.plusSeconds(3))).contains(new CounterWindow(0, T0.plus(WINDOW)));
        assertThat(counters.current("never-counted", T0)).isEmpty();
    }

    @Test
    void purgeEndedBeforeWhenMoreHaveEndedThanTheBatchThenRemovesAtMostTheBatch() {
        for (int i = 0; i < 5; i++) {
            counters.tryAcquire("ended-" + i, 1, Duration.ofMinutes(1), T0);
        }

        int first = counters.purgeEndedBefore(T0.plus(WINDOW), 3);
        int second = counters.purgeEndedBefore(T0.plus(WINDOW), 3);

        assertThat(first).isEqualTo(3);
        assertThat(second).isEqualTo(2);
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
        int total = 0;
        try {
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(racer));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                total += result.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(total).isEqualTo(100);
        assertThat(counters.current("hot", T0)).contains(new CounterWindow(100, T0.plus(WINDOW)));
    }
}
