package io.github.mfaoverride.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.adapters.inmemory.InMemoryRateLimitCounters;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.outcome.Limit;
import io.github.mfaoverride.outcome.RefusalReason;
import io.github.mfaoverride.outcome.Refused;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockoutsTest {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final UserId ADMIN = UserId.of("admin");
    private static final UserId TARGET = UserId.of("target");

    private final InMemoryRateLimitCounters counters = new InMemoryRateLimitCounters();

    @Test
    void reserveWhenBudgetIsSpentThenRefusesUntilTheWindowEndsExactly() {
        Lockouts lockouts = new Lockouts(counters, LockoutPolicy.fixed(3, Duration.ofMinutes(10)));
        for (int i = 0; i < 3; i++) {
            lockouts.reserve(ADMIN, TARGET, T0).wrong(T0);
        }

        Refused refused = lockouts.reserve(ADMIN, TARGET, T0.plus(Duration.ofMinutes(10)).minusMillis(1))
                .refusal().orElseThrow();

        assertThat(refused.reason()).isEqualTo(RefusalReason.LOCKED_OUT);
        assertThat(refused.limit()).contains(Limit.TARGET_FAILURES);
        assertThat(refused.retryAt()).contains(T0.plus(Duration.ofMinutes(10)));
        assertThat(lockouts.reserve(ADMIN, TARGET, T0.plus(Duration.ofMinutes(10))).refusal()).isEmpty();
    }

    @Test
    void wrongWhenItSpendsTheBudgetThenReportsTheLockoutOfBothSubjects() {
        Lockouts lockouts = new Lockouts(counters, LockoutPolicy.fixed(2, Duration.ofMinutes(10)));
        lockouts.reserve(ADMIN, TARGET, T0).wrong(T0);

        GuessReservation last = lockouts.reserve(ADMIN, TARGET, T0);
        assertThat(last.remainingAfterThis()).isZero();
        List<Lockout> begun = last.wrong(T0);

        assertThat(begun).containsExactly(
                new Lockout(Limit.TARGET_FAILURES, TARGET, T0.plus(Duration.ofMinutes(10))),
                new Lockout(Limit.ADMIN_FAILURES, ADMIN, T0.plus(Duration.ofMinutes(10))));
    }

    @Test
    void rightWhenGuessWasRightThenItDoesNotCount() {
        Lockouts lockouts = new Lockouts(counters, LockoutPolicy.fixed(2, Duration.ofMinutes(10)));
        for (int i = 0; i < 5; i++) {
            GuessReservation guess = lockouts.reserve(ADMIN, TARGET, T0);
            assertThat(guess.refusal()).isEmpty();
            guess.right(T0);
        }

        assertThat(lockouts.reserve(ADMIN, TARGET, T0).remainingAfterThis()).isEqualTo(1);
    }

    @Test
    void reserveWhenOnlyTheAdminIsSpentThenRefusesWithAdminFailuresAndKeepsTheTargetBudget() {
        Lockouts lockouts = new Lockouts(counters, LockoutPolicy.fixed(2, Duration.ofMinutes(10)));
        lockouts.reserve(ADMIN, UserId.of("other-1"), T0).wrong(T0);
        lockouts.reserve(ADMIN, UserId.of("other-2"), T0).wrong(T0);

        Refused refused = lockouts.reserve(ADMIN, TARGET, T0).refusal().orElseThrow();

        assertThat(refused.limit()).contains(Limit.ADMIN_FAILURES);
        assertThat(counters.current("failures:target:target", T0)).isEmpty();
        assertThat(lockouts.reserve(UserId.of("admin-2"), TARGET, T0).refusal()).isEmpty();
    }

    @Test
    void reserveWhenLockedOutAgainThenEachLockoutLastsTwiceAsLongUpToTheCap() {
        LockoutPolicy policy = new LockoutPolicy(2, Duration.ofMinutes(10), true, Duration.ofMinutes(30),
                Duration.ofHours(24));
        Lockouts lockouts = new Lockouts(counters, policy);
        Instant now = T0;
        List<Duration> expected = List.of(Duration.ofMinutes(10), Duration.ofMinutes(20), Duration.ofMinutes(30),
                Duration.ofMinutes(30));

        for (Duration length : expected) {
            lockouts.reserve(ADMIN, TARGET, now).wrong(now);
            List<Lockout> begun = lockouts.reserve(ADMIN, TARGET, now).wrong(now);
            assertThat(begun).first().extracting(Lockout::until).isEqualTo(now.plus(length));
            assertThat(lockouts.check(ADMIN, TARGET, now.plus(length).minusMillis(1))).isPresent();
            assertThat(lockouts.check(ADMIN, TARGET, now.plus(length))).isEmpty();
            now = now.plus(length);
        }
    }

    @Test
    void lockoutLengthWhenNotEscalatingThenIsAlwaysTheWindow() {
        LockoutPolicy policy = LockoutPolicy.fixed(5, Duration.ofMinutes(15));

        assertThat(policy.lockoutLength(1)).isEqualTo(Duration.ofMinutes(15));
        assertThat(policy.lockoutLength(9)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LockoutPolicy.defaults().lockoutLength(3)).isEqualTo(Duration.ofHours(4));
        assertThat(LockoutPolicy.defaults().lockoutLength(40)).isEqualTo(Duration.ofHours(24));
    }
}
