package io.github.mfaoverride.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.command.VerifyCode;
import io.github.mfaoverride.error.ConcurrentUpdateException;
import io.github.mfaoverride.outcome.Locked;
import io.github.mfaoverride.outcome.RefusalReason;
import io.github.mfaoverride.outcome.Refused;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.scenario.Harness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Guesses fired in parallel cannot slip past the lockout: each is reserved before it is checked. */
class ConcurrentGuessingTest {

    private static final String NUMBER = "+12015550123";

    @Test
    void verifyCodeWhenManyWrongGuessesRaceThenNoMoreThanTheBudgetAreChecked() throws Exception {
        Harness h = Harness.create(builder -> builder.lockoutPolicy(LockoutPolicy.fixed(3, Duration.ofHours(1))));
        Harness.Flow flow = h.stepUp(h.admin("admin"), h.user("victim"));
        h.send(flow, NUMBER);
        String code = h.lastCodeTo(NUMBER);
        String wrong = (code.charAt(0) == '9' ? "0" : String.valueOf((char) (code.charAt(0) + 1))) + code.substring(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();

        for (int i = 0; i < 40; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    return h.mfa.verifyCode(new VerifyCode(flow.id(), flow.admin(), flow.proof(), wrong));
                } catch (ConcurrentUpdateException lostRace) {
                    return lostRace;
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();

        long checked = outcomes.stream().filter(o -> o instanceof VerifyOutcome.WrongCode || o instanceof Locked
                || o instanceof ConcurrentUpdateException).count();
        assertThat(checked).isLessThanOrEqualTo(3);
        assertThat(outcomes).filteredOn(o -> o instanceof Refused).allSatisfy(o -> assertThat(((Refused) o).reason())
                .as("refused for the lockout, or because the request already locked")
                .isIn(RefusalReason.LOCKED_OUT, RefusalReason.WRONG_STATE));
        assertThat(h.counters.current("failures:target:victim", h.clock.instant()))
                .hasValueSatisfying(window -> assertThat(window.count()).isEqualTo(3));
    }
}
