package io.github.mfaoverride.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.workflow.RequestId;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class FlowDriverTest {

    private final InMemoryStores stores = new InMemoryStores(Clock.systemUTC());

    @Test
    void fullFlowWhenRunTwiceThenTheUserMovesToTheSecondNumberAndBack() {
        FlowDriver driver = stores.newPair();

        driver.fullFlow();
        User afterFirst = targetOf(driver);
        driver.fullFlow();
        User afterSecond = targetOf(driver);

        assertThat(afterFirst.mfa().phone()).contains(PhoneNumber.ofE164(Fixtures.SECOND_PHONE));
        assertThat(afterSecond.mfa().phone()).contains(PhoneNumber.ofE164(Fixtures.FIRST_PHONE));
        assertThat(stores.store.requests().size()).isEqualTo(2);
    }

    @Test
    void optInWhenMfaIsTurnedOffBetweenRunsThenEveryRunCompletes() {
        FlowDriver driver = stores.newOptInAdmin();

        driver.optIn();
        stores.turnMfaOff(driver.admin());
        driver.optIn();

        assertThat(stores.store.directory().findUser(driver.admin()).orElseThrow().mfa().enabled()).isTrue();
    }

    @Test
    void optInWhenMfaIsAlreadyOnThenFailsInsteadOfCountingARefusal() {
        FlowDriver driver = stores.newOptInAdmin();
        driver.optIn();

        assertThatThrownBy(driver::optIn).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("opt-in did not succeed");
    }

    @Test
    void forgetRequestsWhenARequestIsOpenThenRemovesItToo() {
        FlowDriver driver = stores.newPair();
        driver.fullFlow();
        RequestId open = driver.begin();

        stores.forgetRequests();

        assertThat(stores.store.requests().find(open)).isEmpty();
        assertThat(stores.store.requests().size()).isZero();
    }

    private User targetOf(FlowDriver driver) {
        return stores.store.directory().findUser(driver.target()).orElseThrow();
    }
}
