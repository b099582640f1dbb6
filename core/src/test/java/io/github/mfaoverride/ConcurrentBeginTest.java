package io.github.mfaoverride;

import static io.github.mfaoverride.FlowFixture.MERCHANT_ADMIN;
import static io.github.mfaoverride.FlowFixture.MERCHANT_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mfaoverride.command.BeginPhoneChange;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.error.ConcurrentUpdateException;
import io.github.mfaoverride.outcome.BeginOutcome;
import io.github.mfaoverride.port.PhoneChangeRequests;
import io.github.mfaoverride.workflow.PhoneChangeRequest;
import io.github.mfaoverride.workflow.RequestId;
import io.github.mfaoverride.workflow.RequestState;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Begin when another service instance wins the race for the target's one open request: the loser retries a
 * bounded number of times and then reports the conflict, leaving nothing half-written.
 */
class ConcurrentBeginTest {

    private final FlowFixture world = new FlowFixture();
    private final LosingRaces requests = new LosingRaces(world.store.requests());

    ConcurrentBeginTest() {
        world.configure(builder -> builder.requests(requests));
    }

    @Test
    void beginWhenTwoInsertsLoseARaceThenTheThirdAttemptStoresTheRequest() {
        RequestId earlier = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        requests.loseNext(2);

        BeginOutcome outcome = world.mfa.begin(new BeginPhoneChange(MERCHANT_ADMIN, MERCHANT_USER));

        assertThat(outcome).isInstanceOf(BeginOutcome.Started.class);
        assertThat(requests.inserts).hasValue(4);
        assertThat(world.request(earlier).state()).isEqualTo(RequestState.SUPERSEDED);
        assertThat(world.store.requests().size()).isEqualTo(2);
    }

    @Test
    void beginWhenEveryAttemptLosesThenTheConflictIsReportedAndTheOpenRequestStays() {
        RequestId earlier = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        requests.loseNext(3);

        assertThatThrownBy(() -> world.mfa.begin(new BeginPhoneChange(MERCHANT_ADMIN, MERCHANT_USER)))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(requests.inserts).hasValue(4);
        assertThat(world.request(earlier).state()).isEqualTo(RequestState.AWAITING_STEP_UP);
        assertThat(world.store.requests().size()).isEqualTo(1);
    }

    /** Request storage where the next inserts fail as if another instance had just taken the target's slot. */
    private static final class LosingRaces implements PhoneChangeRequests {
        private final PhoneChangeRequests delegate;
        private final AtomicInteger toLose = new AtomicInteger();
        private final AtomicInteger inserts = new AtomicInteger();

        LosingRaces(PhoneChangeRequests delegate) {
            this.delegate = delegate;
        }

        void loseNext(int count) {
            toLose.set(count);
        }

        @Override
        public PhoneChangeRequest insert(PhoneChangeRequest request) {
            inserts.incrementAndGet();
            if (toLose.getAndDecrement() > 0) {
                throw new ConcurrentUpdateException("user " + request.targetId() + " has another open request");
            }
            return delegate.insert(request);
        }

        @Override
        public PhoneChangeRequest update(PhoneChangeRequest request) {
            return delegate.update(request);
        }

        @Override
        public Optional<PhoneChangeRequest> find(RequestId id) {
            return delegate.find(id);
        }

        @Override
        public Optional<PhoneChangeRequest> findOpenByTarget(UserId targetId) {
            return delegate.findOpenByTarget(targetId);
        }

        @Override
        public int purgeExpiredBefore(Instant cutoff, int maxCount) {
            return delegate.purgeExpiredBefore(cutoff, maxCount);
        }
    }
}
