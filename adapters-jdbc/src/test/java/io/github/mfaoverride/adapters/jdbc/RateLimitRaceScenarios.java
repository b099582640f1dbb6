package io.github.mfaoverride.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.limits.Acquisition;
import io.github.mfaoverride.limits.RateLimitCounters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes, each with its own counters over its own connection pool, race on keys no one has counted yet, so
 * the first acquisitions collide on the insert as well as on the guarded update.
 */
abstract class RateLimitRaceScenarios {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int LIMIT = 5;
    private static final int RACERS = 8;
    private static final int ATTEMPTS_EACH = 3;

    private ExecutorService pool;

    /** Returns the counters of two nodes over one fresh, migrated database. */
    abstract List<RateLimitCounters> twoNodes();

    @BeforeEach
    void startPool() {
        pool = Executors.newFixedThreadPool(RACERS);
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void tryAcquireWhenTwoNodesRaceOnANewKeyThenGrantExactlyTheLimitWithCountsOneToLimit() throws Exception {
        List<RateLimitCounters> nodes = twoNodes();
        for (int round = 0; round < 20; round++) {
            String key = "sends:number:race-" + round;
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Acquisition>>> results = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                RateLimitCounters node = nodes.get(i % 2);
                results.add(pool.submit(() -> {
                    start.await();
                    List<Acquisition> mine = new ArrayList<>();
                    for (int attempt = 0; attempt < ATTEMPTS_EACH; attempt++) {
                        mine.add(node.tryAcquire(key, LIMIT, WINDOW, T0));
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<Acquisition> all = new ArrayList<>();
            for (Future<List<Acquisition>> result : results) {
                all.addAll(result.get(60, TimeUnit.SECONDS));
            }

            assertThat(all).as("round %d", round).filteredOn(Acquisition::granted)
                    .extracting(Acquisition::count).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
            assertThat(all).as("round %d", round).filteredOn(acquisition -> !acquisition.granted())
                    .allSatisfy(denied -> assertThat(denied.count()).isEqualTo(LIMIT));
            assertThat(all).as("round %d", round).extracting(Acquisition::windowEndsAt)
                    .containsOnly(T0.plus(WINDOW));
        }
    }
}
