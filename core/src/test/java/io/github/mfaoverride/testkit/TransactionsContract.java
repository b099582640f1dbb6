package io.github.mfaoverride.testkit;

import static io.github.mfaoverride.testkit.TestUsers.phone;
import static io.github.mfaoverride.testkit.TestUsers.user;
import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.MfaEnrollment;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.error.ConcurrentUpdateException;
import io.github.mfaoverride.port.PhoneChangeRequests;
import io.github.mfaoverride.port.Transactions;
import io.github.mfaoverride.port.UserDirectory;
import io.github.mfaoverride.workflow.PhoneChangeRequest;
import io.github.mfaoverride.workflow.RequestId;
import io.github.mfaoverride.workflow.RequestState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Transactions} must show over the stores it covers: what runs inside
 * {@code inTransaction} stands or falls as one, across the user directory and the request store.
 *
 * <p>Extend it in an adapter's tests and implement {@link #newStorage()} and {@link #seed(User)}. The tests play
 * the facade's completion: the request completed and the user's phone replaced in one unit.
 */
public abstract class TransactionsContract {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    private static final MfaEnrollment NEW_PHONE = MfaEnrollment.verified(phone("+12015550140"), NOW);

    private Storage storage;
    private User target;
    private PhoneChangeRequest request;

    /**
     * The three ports under test, wired to one another as a host would hand them to the facade.
     *
     * @param directory the user directory, not null
     * @param requests the request store, not null
     * @param transactions the transactions covering both, not null
     */
    public record Storage(UserDirectory directory, PhoneChangeRequests requests, Transactions transactions) {

        /** Checks that no component is null. */
        public Storage {
            requireNonNull(directory, "directory cannot be null");
            requireNonNull(requests, "requests cannot be null");
            requireNonNull(transactions, "transactions cannot be null");
        }
    }

    /**
     * Creates the stores under test, empty, for one test.
     *
     * @return the stores, sharing one transaction manager
     */
    protected abstract Storage newStorage();

    /**
     * Stores a user, version included, where the directory from the last {@link #newStorage()} reads it.
     *
     * @param user the user
     */
    protected abstract void seed(User user);

    /** Creates the stores, a target user and a request waiting for its code, for the next test. */
    @BeforeEach
    void createStorage() {
        storage = newStorage();
        target = user("target").mfaOn("+12015550141").version(4).build();
        seed(target);
        PhoneChangeRequest opened = PhoneChangeRequest.openPhoneChange(RequestId.random(), UserId.of("admin"),
                target.id(), "challenge", NOW, NOW.plus(Duration.ofMinutes(15)));
        request = storage.requests().insert(opened.stepUpPassed(NOW).codeSent(phone("+12015550140"),
                DeliveryMethod.SMS, "digest", NOW, NOW.plusSeconds(600)));
    }

    @Test
    void inTransactionWhenWorkReturnsThenBothWritesStayAndItsResultComesBack() {
        String result = storage.transactions().inTransaction(() -> {
            storage.requests().update(request.completed(NOW));
            storage.directory().replaceMfa(target.id(), target.version(), NEW_PHONE);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(storage.requests().find(request.id()).orElseThrow().state()).isEqualTo(RequestState.COMPLETED);
        assertThat(storage.directory().findUser(target.id()).orElseThrow().mfa()).isEqualTo(NEW_PHONE);
    }

    @Test
    void inTransactionWhenWorkThrowsAfterBothWritesThenNeitherRemains() {
        IllegalStateException failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.requests().update(request.completed(NOW));
            storage.directory().replaceMfa(target.id(), target.version(), NEW_PHONE);
            throw failure;
        })).isSameAs(failure);

        assertUntouched();
    }

    @Test
    void inTransactionWhenSecondWriteConflictsThenFirstIsUndone() {
        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.requests().update(request.completed(NOW));
            storage.directory().replaceMfa(target.id(), target.version() - 1, NEW_PHONE);
            return null;
        })).isInstanceOf(ConcurrentUpdateException.class);

        assertUntouched();
    }

    @Test
    void inTransactionWhenInsertIsFollowedByFailureThenTheInsertIsGone() {
        PhoneChangeRequest other = PhoneChangeRequest.openPhoneChange(RequestId.random(), UserId.of("admin"),
                UserId.of("someone-else"), "challenge", NOW, NOW.plus(Duration.ofMinutes(15)));

        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.requests().insert(other);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(storage.requests().find(other.id())).isEmpty();
        assertThat(storage.requests().insert(other).version()).isEqualTo(1);
    }

    @Test
    void inTransactionWhenNestedAndOuterFailsThenInnerWritesAreUndoneToo() {
        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.transactions().inTransaction(() -> storage.requests().update(request.completed(NOW)));
            storage.transactions().inTransaction(() -> {
                storage.directory().replaceMfa(target.id(), target.version(), NEW_PHONE);
                return null;
            });
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertUntouched();
    }

    @Test
    void inTransactionWhenReadingItsOwnWritesThenSeesThem() {
        PhoneChangeRequest seen = storage.transactions().inTransaction(() -> {
            storage.requests().update(request.completed(NOW));
            return storage.requests().find(request.id()).orElseThrow();
        });

        assertThat(seen.state()).isEqualTo(RequestState.COMPLETED);
        assertThat(seen.version()).isEqualTo(request.version() + 1);
    }

    @Test
    void inTransactionWhenTwoCompletionsRaceThenExactlyOneApplies() throws Exception {
        int racers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        storage.transactions().inTransaction(() -> {
                            storage.requests().update(request.completed(NOW));
                            storage.directory().replaceMfa(target.id(), target.version(), NEW_PHONE);
                            return null;
                        });
                        return true;
                    } catch (ConcurrentUpdateException lost) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int wins = 0;
            for (Future<Boolean> result : results) {
                wins += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }

            assertThat(wins).isEqualTo(1);
            assertThat(storage.directory().findUser(target.id()).orElseThrow().version())
                    .isEqualTo(target.version() + 1);
            assertThat(storage.requests().find(request.id()).orElseThrow().version())
                    .isEqualTo(request.version() + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertUntouched() {
        assertThat(storage.requests().find(request.id())).contains(request);
        assertThat(storage.directory().findUser(target.id())).contains(target);
    }
}
