package io.github.mfaoverride.testkit;

import static io.github.mfaoverride.testkit.TestUsers.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.PhoneLineType;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.error.ConcurrentUpdateException;
import io.github.mfaoverride.port.PhoneChangeRequests;
import io.github.mfaoverride.workflow.PhoneChangeRequest;
import io.github.mfaoverride.workflow.RequestId;
import io.github.mfaoverride.workflow.RequestState;
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
 * The behaviour every {@link PhoneChangeRequests} must show; extend it in an adapter's tests and implement
 * {@link #newRequests()}.
 *
 * <p>Covers the round trip of every field, optimistic versioning, the one-open-request-per-target rule (for every
 * open state, a change awaiting approval included, and under concurrent inserts) and purging in batches.
 */
public abstract class PhoneChangeRequestsContract {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    private static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final UserId ADMIN = UserId.of("admin-1");

    private PhoneChangeRequests requests;

    /**
     * Creates the store under test, empty, for one test.
     *
     * @return a store holding no requests
     */
    protected abstract PhoneChangeRequests newRequests();

    /** Creates the store for the next test. */
    @BeforeEach
    void createRequests() {
        requests = newRequests();
    }

    @Test
    void findWhenAbsentThenEmpty() {
        assertThat(requests.find(RequestId.of("missing"))).isEmpty();
    }

    @Test
    void insertWhenNewThenStoredAtVersionOne() {
        PhoneChangeRequest request = open("target-1", NOW);

        PhoneChangeRequest stored = requests.insert(request);

        assertThat(stored).isEqualTo(request.withVersion(1));
        assertThat(requests.find(request.id())).contains(stored);
    }

    @Test
    void updateWhenEveryFieldIsSetThenReadsBackEqual() {
        PhoneChangeRequest stored = requests.insert(open("target-2", NOW));
        PhoneChangeRequest full = stored.stepUpFailed(NOW.plusSeconds(5), 5).stepUpPassed(NOW.plusSeconds(10))
                .sendReserved(NOW.plusSeconds(20)).codeSent(phone("+12015550120").withLineType(PhoneLineType.VOIP),
                        DeliveryMethod.VOICE, "digest-abc", NOW.plusSeconds(20), NOW.plusSeconds(620))
                .codeFailed(NOW.plusSeconds(30), 5);

        PhoneChangeRequest updated = requests.update(full);

        PhoneChangeRequest found = requests.find(stored.id()).orElseThrow();
        assertThat(updated).isEqualTo(full.withVersion(2));
        assertThat(found).isEqualTo(updated);
        assertThat(found.destination().orElseThrow().lineType()).isEqualTo(PhoneLineType.VOIP);
    }

    @Test
    void insertWhenIdExistsThenConcurrentUpdate() {
        PhoneChangeRequest first = requests.insert(open("target-3", NOW));
        PhoneChangeRequest sameId = new PhoneChangeRequest(first.id(), first.kind(), ADMIN, UserId.of("target-4"),
                RequestState.AWAITING_STEP_UP, NOW, NOW.plus(LIFETIME), NOW, first.stepUpReference(), 0,
                first.stepUpPassedAt(), first.destination(), first.method(), first.codeDigest(),
                first.codeExpiresAt(), 0, first.lastSentAt(), 0, 0);

        assertThatThrownBy(() -> requests.insert(sameId)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(requests.findOpenByTarget(UserId.of("target-4"))).isEmpty();
    }

    @Test
    void insertWhenTargetHasAnOpenRequestThenConcurrentUpdate() {
        PhoneChangeRequest first = requests.insert(open("target-5", NOW));

        assertThatThrownBy(() -> requests.insert(open("target-5", NOW.plusSeconds(1))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(requests.findOpenByTarget(UserId.of("target-5"))).contains(first);
    }

    @Test
    void insertWhenTargetsEarlierRequestEndedThenAccepted() {
        PhoneChangeRequest first = requests.insert(open("target-6", NOW));
        requests.update(first.ended(RequestState.SUPERSEDED, NOW.plusSeconds(1)));

        PhoneChangeRequest second = requests.insert(open("target-6", NOW.plusSeconds(1)));

        assertThat(requests.findOpenByTarget(UserId.of("target-6"))).contains(second);
    }

    @Test
    void findOpenByTargetWhenOnlyTerminalRequestsThenEmpty() {
        PhoneChangeRequest first = requests.insert(open("target-7", NOW));
        requests.update(first.ended(RequestState.CANCELLED, NOW.plusSeconds(1)));

        assertThat(requests.findOpenByTarget(UserId.of("target-7"))).isEmpty();
        assertThat(requests.find(first.id()).orElseThrow().state()).isEqualTo(RequestState.CANCELLED);
    }

    @Test
    void findOpenByTargetWhenRequestAwaitsApprovalThenFindsItAndRefusesAnotherOpenOne() {
        PhoneChangeRequest stored = requests.insert(open("target-12", NOW));
        PhoneChangeRequest held = requests.update(stored.stepUpPassed(NOW.plusSeconds(10))
                .sendReserved(NOW.plusSeconds(20)).codeSent(phone("+12015550121"), DeliveryMethod.SMS, "digest",
                        NOW.plusSeconds(20), NOW.plusSeconds(620))
                .awaitingApproval(NOW.plusSeconds(40), NOW.plus(Duration.ofHours(4))));

        assertThat(requests.findOpenByTarget(UserId.of("target-12"))).contains(held);
        assertThatThrownBy(() -> requests.insert(open("target-12", NOW.plusSeconds(50))))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void updateWhenVersionMatchesThenStoredOneVersionOn() {
        PhoneChangeRequest stored = requests.insert(open("target-8", NOW));

        PhoneChangeRequest passed = requests.update(stored.stepUpPassed(NOW.plusSeconds(3)));

        assertThat(passed.version()).isEqualTo(2);
        assertThat(requests.find(stored.id())).contains(passed);
        assertThat(requests.findOpenByTarget(UserId.of("target-8"))).contains(passed);
    }

    @Test
    void updateWhenVersionIsStaleThenConcurrentUpdateAndUnchanged() {
        PhoneChangeRequest stored = requests.insert(open("target-9", NOW));
        PhoneChangeRequest current = requests.update(stored.stepUpPassed(NOW.plusSeconds(3)));

        assertThatThrownBy(() -> requests.update(stored.ended(RequestState.CANCELLED, NOW.plusSeconds(4))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(requests.find(stored.id())).contains(current);
    }

    @Test
    void updateWhenRequestIsAbsentThenConcurrentUpdate() {
        PhoneChangeRequest never = open("target-10", NOW).withVersion(1);

        assertThatThrownBy(() -> requests.update(never)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(requests.find(never.id())).isEmpty();
    }

    @Test
    void purgeExpiredBeforeWhenManyExpiredThenRemovesInBoundedBatches() {
        List<PhoneChangeRequest> expired = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expired.add(requests.insert(open("old-" + i, NOW.minus(Duration.ofDays(2)))));
        }
        PhoneChangeRequest endsAtCutoff = requests.insert(open("edge", NOW.minus(LIFETIME)));
        PhoneChangeRequest live = requests.insert(open("live", NOW));

        assertThat(requests.purgeExpiredBefore(NOW, 2)).isEqualTo(2);
        assertThat(requests.purgeExpiredBefore(NOW, 2)).isEqualTo(2);
        assertThat(requests.purgeExpiredBefore(NOW, 2)).isEqualTo(1);
        assertThat(requests.purgeExpiredBefore(NOW, 2)).isZero();

        assertThat(expired).allSatisfy(request -> assertThat(requests.find(request.id())).isEmpty());
        assertThat(requests.find(endsAtCutoff.id())).isPresent();
        assertThat(requests.find(live.id())).isPresent();
    }

    @Test
    void purgeExpiredBeforeWhenPurgedRequestWasOpenThenTargetMayOpenAnother() {
        requests.insert(open("target-11", NOW.minus(Duration.ofDays(1))));

        requests.purgeExpiredBefore(NOW, 10);

        assertThat(requests.findOpenByTarget(UserId.of("target-11"))).isEmpty();
        assertThat(requests.insert(open("target-11", NOW)).version()).isEqualTo(1);
    }

    @Test
    void purgeExpiredBeforeWhenMaxCountIsBelowOneThenIllegalArgument() {
        assertThatThrownBy(() -> requests.purgeExpiredBefore(NOW, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void insertWhenManyRaceForOneTargetThenExactlyOneIsStored() throws Exception {
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            attempts.add(() -> {
                start.await();
                try {
                    requests.insert(open("contested", NOW));
                    return true;
                } catch (ConcurrentUpdateException lost) {
                    return false;
                }
            });
        }

        assertThat(race(attempts, start)).isEqualTo(1);
        assertThat(requests.findOpenByTarget(UserId.of("contested"))).isPresent();
    }

    @Test
    void updateWhenManyRaceFromOneVersionThenExactlyOneWins() throws Exception {
        PhoneChangeRequest stored = requests.insert(open("target-12", NOW));
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            attempts.add(() -> {
                start.await();
                try {
                    requests.update(stored.stepUpPassed(NOW.plusSeconds(1)));
                    return true;
                } catch (ConcurrentUpdateException lost) {
                    return false;
                }
            });
        }

        assertThat(race(attempts, start)).isEqualTo(1);
        assertThat(requests.find(stored.id()).orElseThrow().version()).isEqualTo(2);
    }

    private static int race(List<Callable<Boolean>> attempts, CountDownLatch start) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (Callable<Boolean> attempt : attempts) {
                results.add(pool.submit(attempt));
            }
            start.countDown();
            int wins = 0;
            for (Future<Boolean> result : results) {
                wins += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            return wins;
        } finally {
            pool.shutdownNow();
        }
    }

    private static PhoneChangeRequest open(String target, Instant createdAt) {
        return PhoneChangeRequest.openPhoneChange(RequestId.random(), ADMIN, UserId.of(target), "challenge-" + target,
                createdAt, createdAt.plus(LIFETIME));
    }
}
