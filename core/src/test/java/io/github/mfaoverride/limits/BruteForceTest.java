package io.github.mfaoverride.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.command.ResendCode;
import io.github.mfaoverride.command.VerifyCode;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.outcome.Limit;
import io.github.mfaoverride.outcome.Locked;
import io.github.mfaoverride.outcome.RefusalReason;
import io.github.mfaoverride.outcome.Refused;
import io.github.mfaoverride.outcome.SendOutcome;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.scenario.Harness;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A simulated attacker who controls several admin accounts and tries to guess the code of one target, cycling
 * resends and new requests as fast as the facade lets them, for a simulated day. Every guess is wrong on purpose,
 * so the count of guesses checked is the attacker's best case. The request and rate limits are raised out of the
 * way, so the cross-request lockout alone is measured (NIST SP 800-63B-4: a new secret does not reset the count).
 */
class BruteForceTest {

    private static final int CODE_SPACE = 1_000_000;
    private static final String NUMBER = "+12015550123";
    private static final WindowLimit GENEROUS = WindowLimit.of(100_000, Duration.ofHours(1));

    @Test
    void verifyCodeWhenAttackerCyclesResendsAndRequestsThenGuessesPerTargetStayWithinTheLockoutBudget() {
        LockoutPolicy lockout = LockoutPolicy.defaults();
        List<Instant> guesses = attackForADay(lockout);

        int perWindow = maxInAnyWindow(guesses, lockout.failureWindow());
        System.out.printf("brute force, escalating lockout: %d guesses in 24 h, at most %d in any %s;"
                        + " P(success) <= %.1e per window, <= %.1e per day%n", guesses.size(), perWindow,
                lockout.failureWindow(), (double) perWindow / CODE_SPACE, (double) guesses.size() / CODE_SPACE);

        assertThat(perWindow).isEqualTo(lockout.maxFailures());
        assertThat(guesses).as("locks of 1, 2, 4, 8 and 16 hours leave five budgets in a day").hasSize(50);
    }

    @Test
    void verifyCodeWhenLockoutDoesNotEscalateThenEachWindowStillAllowsOnlyTheBudget() {
        LockoutPolicy lockout = LockoutPolicy.fixed(10, Duration.ofHours(1));
        List<Instant> guesses = attackForADay(lockout);

        int perWindow = maxInAnyAnchoredWindow(guesses, lockout.failureWindow());
        System.out.printf("brute force, fixed lockout: %d guesses in 24 h, at most %d per window;"
                        + " P(success) <= %.1e per window%n", guesses.size(), perWindow,
                (double) perWindow / CODE_SPACE);

        assertThat(perWindow).isEqualTo(lockout.maxFailures());
        assertThat(guesses.size()).isLessThanOrEqualTo(24 * lockout.maxFailures());
    }

    /** Plays the attacker minute by minute for 24 hours; returns when each wrong guess was checked. */
    private static List<Instant> attackForADay(LockoutPolicy lockout) {
        RateLimitPolicy.Builder limits = RateLimitPolicy.builder();
        for (Limit limit : List.of(Limit.ADMIN_REQUESTS, Limit.ADMIN_SENDS, Limit.TARGET_REQUESTS, Limit.TARGET_SENDS,
                Limit.NUMBER_SENDS, Limit.NUMBER_DAILY_SENDS, Limit.COUNTRY_SENDS, Limit.GLOBAL_SENDS)) {
            limits.limit(limit, GENEROUS);
        }
        Harness h = Harness.create(builder -> builder.lockoutPolicy(lockout).rateLimitPolicy(limits.build()));
        List<UserId> admins = List.of(h.admin("mallory-1"), h.admin("mallory-2"), h.admin("mallory-3"));
        UserId target = h.user("victim");
        Instant end = h.clock.instant().plus(Duration.ofHours(24));
        List<Instant> guesses = new ArrayList<>();
        Harness.Flow flow = null;
        int turn = 0;

        while (h.clock.instant().isBefore(end)) {
            if (flow == null) {
                flow = tryToOpen(h, admins.get(turn++ % admins.size()), target);
            }
            for (int attempt = 0; flow != null && attempt < 10; attempt++) {
                VerifyOutcome outcome = h.mfa.verifyCode(new VerifyCode(flow.id(), flow.admin(), flow.proof(),
                        wrongCode(h)));
                if (outcome instanceof VerifyOutcome.WrongCode) {
                    guesses.add(h.clock.instant());
                    resend(h, flow);
                } else if (outcome instanceof Locked) {
                    guesses.add(h.clock.instant());
                    flow = null;
                } else if (outcome instanceof Refused refused && refused.reason() == RefusalReason.LOCKED_OUT) {
                    break;
                } else {
                    flow = null;
                }
            }
            h.clock.advance(Duration.ofMinutes(1));
        }
        assertThat(h.outcomes.count(io.github.mfaoverride.event.MfaEvent.Completed.class)).isZero();
        return guesses;
    }

    private static Harness.Flow tryToOpen(Harness h, UserId admin, UserId target) {
        try {
            Harness.Flow flow = h.stepUp(admin, target);
            return h.send(flow, NUMBER) instanceof SendOutcome.CodeSent ? flow : null;
        } catch (AssertionError refusedToBegin) {
            return null;
        }
    }

    private static void resend(Harness h, Harness.Flow flow) {
        h.mfa.resendCode(new ResendCode(flow.id(), flow.admin(), flow.proof(), null));
    }

    private static String wrongCode(Harness h) {
        String code = h.lastCodeTo(NUMBER);
        return (code.charAt(0) == '9' ? "0" : String.valueOf((char) (code.charAt(0) + 1))) + code.substring(1);
    }

    /** The most guesses in any sliding window: what the escalating lockout bounds. */
    private static int maxInAnyWindow(List<Instant> times, Duration window) {
        int max = 0;
        for (int i = 0; i < times.size(); i++) {
            Instant until = times.get(i).plus(window);
            int count = 0;
            for (int j = i; j < times.size() && times.get(j).isBefore(until); j++) {
                count++;
            }
            max = Math.max(max, count);
        }
        return max;
    }

    /** The most guesses in one window anchored at its first guess: what the fixed lockout bounds. */
    private static int maxInAnyAnchoredWindow(List<Instant> times, Duration window) {
        int max = 0;
        int i = 0;
        while (i < times.size()) {
            Instant until = times.get(i).plus(window);
            int j = i;
            while (j < times.size() && times.get(j).isBefore(until)) {
                j++;
            }
            max = Math.max(max, j - i);
            i = j;
        }
        return max;
    }
}
