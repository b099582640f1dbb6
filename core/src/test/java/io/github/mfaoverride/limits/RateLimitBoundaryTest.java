package io.github.mfaoverride.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.command.BeginPhoneChange;
import io.github.mfaoverride.command.VerifyCode;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.outcome.BeginOutcome;
import io.github.mfaoverride.outcome.Limit;
import io.github.mfaoverride.outcome.Locked;
import io.github.mfaoverride.outcome.RefusalReason;
import io.github.mfaoverride.outcome.Refused;
import io.github.mfaoverride.outcome.SendOutcome;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.scenario.Harness;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The cross-request limits through the facade, at their exact boundaries on a controlled clock. */
class RateLimitBoundaryTest {

    private static final String NEW_NUMBER = "+12015550123";

    @Test
    void beginWhenAdminStartedTheMaximumThenRefusedUntilTheWindowEndsToTheMillisecond() {
        Harness h = Harness.create(builder -> builder.rateLimitPolicy(RateLimitPolicy.builder()
                .limit(Limit.ADMIN_REQUESTS, WindowLimit.of(3, Duration.ofHours(1))).build()));
        UserId admin = h.admin("admin");
        Instant start = h.clock.instant();
        for (int i = 0; i < 3; i++) {
            assertThat(h.mfa.begin(new BeginPhoneChange(admin, h.user("u" + i))))
                    .isInstanceOf(BeginOutcome.Started.class);
        }

        h.clock.set(start.plus(Duration.ofHours(1)).minusMillis(1));
        BeginOutcome refused = h.mfa.begin(new BeginPhoneChange(admin, h.user("u3")));
        h.clock.set(start.plus(Duration.ofHours(1)));
        BeginOutcome allowed = h.mfa.begin(new BeginPhoneChange(admin, h.user("u4")));

        assertThat(refused).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(RefusalReason.RATE_LIMITED);
            assertThat(r.limit()).contains(Limit.ADMIN_REQUESTS);
            assertThat(r.retryAt()).contains(start.plus(Duration.ofHours(1)));
        });
        assertThat(allowed).isInstanceOf(BeginOutcome.Started.class);
    }

    @Test
    void sendCodeWhenNumberGotFiveCodesInTenMinutesThenTheSixthWaitsForTheWindowToEnd() {
        Harness h = Harness.create();
        UserId admin = h.admin("admin");
        Instant start = h.clock.instant();
        for (int i = 0; i < 5; i++) {
            assertThat(h.send(h.stepUp(admin, h.user("u" + i)), NEW_NUMBER)).isInstanceOf(SendOutcome.CodeSent.class);
        }

        h.clock.set(start.plus(Duration.ofMinutes(10)).minusMillis(1));
        SendOutcome sixth = h.send(h.stepUp(admin, h.user("u5")), NEW_NUMBER);
        h.clock.set(start.plus(Duration.ofMinutes(10)));
        SendOutcome afterWindow = h.send(h.stepUp(admin, h.user("u6")), NEW_NUMBER);

        assertThat(sixth).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(RefusalReason.RATE_LIMITED);
            assertThat(r.limit()).contains(Limit.NUMBER_SENDS);
            assertThat(r.retryAt()).contains(start.plus(Duration.ofMinutes(10)));
        });
        assertThat(afterWindow).isInstanceOf(SendOutcome.CodeSent.class);
        assertThat(h.outbox.delivered()).hasSize(6);
    }

    @Test
    void sendCodeWhenNumberGotTenCodesInADayThenTheEleventhIsRefusedByTheDailyCap() {
        Harness h = Harness.create();
        UserId admin = h.admin("admin");
        Instant start = h.clock.instant();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                h.clock.advance(Duration.ofMinutes(10));
            }
            assertThat(h.send(h.stepUp(admin, h.user("u" + i)), NEW_NUMBER)).isInstanceOf(SendOutcome.CodeSent.class);
        }
        h.clock.advance(Duration.ofMinutes(10));

        SendOutcome eleventh = h.send(h.stepUp(admin, h.user("u10")), NEW_NUMBER);

        assertThat(eleventh).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.limit()).contains(Limit.NUMBER_DAILY_SENDS);
            assertThat(r.retryAt()).contains(start.plus(Duration.ofHours(24)));
        });
        assertThat(h.outbox.delivered()).hasSize(10);
    }

    @Test
    void verifyCodeWhenTargetUsedItsFailureBudgetInEarlierRequestsThenANewRequestGetsNoFreshGuesses() {
        Harness h = Harness.create(builder -> builder.lockoutPolicy(LockoutPolicy.fixed(4, Duration.ofHours(1))));
        UserId target = h.user("target");
        Instant start = h.clock.instant();
        for (int i = 0; i < 4; i++) {
            Harness.Flow flow = h.stepUp(h.admin("admin" + i), target);
            h.send(flow, NEW_NUMBER);
            assertThat(h.mfa.verifyCode(new VerifyCode(flow.id(), flow.admin(), flow.proof(), wrong(h))))
                    .isInstanceOfAny(VerifyOutcome.WrongCode.class, Locked.class);
        }

        BeginOutcome again = h.mfa.begin(new BeginPhoneChange(h.admin("admin-new"), target));

        assertThat(again).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(RefusalReason.LOCKED_OUT);
            assertThat(r.limit()).contains(Limit.TARGET_FAILURES);
            assertThat(r.retryAt()).contains(start.plus(Duration.ofHours(1)));
        });
    }

    @Test
    void verifyCodeWhenTheLastGuessOfTheBudgetIsWrongThenTheRequestLocksAtOnce() {
        Harness h = Harness.create(builder -> builder.lockoutPolicy(LockoutPolicy.fixed(2, Duration.ofHours(1))));
        Harness.Flow flow = h.stepUp(h.admin("admin"), h.user("target"));
        h.send(flow, NEW_NUMBER);

        VerifyOutcome first = h.mfa.verifyCode(new VerifyCode(flow.id(), flow.admin(), flow.proof(), wrong(h)));
        VerifyOutcome second = h.mfa.verifyCode(new VerifyCode(flow.id(), flow.admin(), flow.proof(), wrong(h)));
        VerifyOutcome third = h.mfa.verifyCode(new VerifyCode(flow.id(), flow.admin(), flow.proof(), wrong(h)));

        assertThat(first).isEqualTo(new VerifyOutcome.WrongCode(1));
        assertThat(second).isInstanceOf(Locked.class);
        assertThat(third).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(RefusalReason.WRONG_STATE));
    }

    @Test
    void verifyCodeWhenTheCodeIsRightThenTheGuessIsGivenBack() {
        Harness h = Harness.create(builder -> builder.lockoutPolicy(LockoutPolicy.fixed(2, Duration.ofHours(1))));
        UserId admin = h.admin("admin");
        Harness.Flow flow = h.stepUp(admin, h.user("target"));
        h.send(flow, NEW_NUMBER);
        h.mfa.verifyCode(new VerifyCode(flow.id(), admin, flow.proof(), wrong(h)));

        String code = h.lastCodeTo(NEW_NUMBER);
        VerifyOutcome right = h.mfa.verifyCode(new VerifyCode(flow.id(), admin, flow.proof(), code));
        Harness.Flow next = h.stepUp(admin, h.user("target-2"));
        h.send(next, "+12015550124");

        assertThat(right).isInstanceOf(VerifyOutcome.Completed.class);
        assertThat(h.mfa.verifyCode(new VerifyCode(next.id(), admin, next.proof(), wrong(h))))
                .as("the admin has one failure counted, so one wrong guess is left before the lockout")
                .isInstanceOf(Locked.class);
    }

    /** A code that is never the one outstanding: the last code sent, with its first digit changed. */
    private static String wrong(Harness h) {
        String code = h.outbox.delivered().get(h.outbox.delivered().size() - 1).code();
        return (code.charAt(0) == '9' ? "0" : String.valueOf((char) (code.charAt(0) + 1))) + code.substring(1);
    }
}
