package io.github.mfaoverride.limits;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.outcome.Limit;
import io.github.mfaoverride.outcome.Refused;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a {@link LockoutPolicy} through {@link RateLimitCounters}: tells whether a target or an admin is locked
 * out, and reserves each guess before it is checked. Thread-safe when the counters are.
 */
public final class Lockouts {

    private static final Logger LOG = LoggerFactory.getLogger(Lockouts.class);

    private final RateLimitCounters counters;
    private final LockoutPolicy policy;

    /**
     * Creates the lockouts.
     *
     * @param counters where failures and lockouts are kept, not null
     * @param policy the rules, not null
     */
    public Lockouts(RateLimitCounters counters, LockoutPolicy policy) {
        this.counters = requireNonNull(counters, "counters cannot be null");
        this.policy = requireNonNull(policy, "policy cannot be null");
    }

    /**
     * Returns the policy applied.
     *
     * @return the policy, never null
     */
    public LockoutPolicy policy() {
        return policy;
    }

    /**
     * Tells whether the target or the admin is locked out now.
     *
     * @param admin the acting admin, not null
     * @param target the target user, not null
     * @param now the current time, not null
     * @return empty when neither is, or a {@code LOCKED_OUT} refusal with the time the lockout ends
     */
    public Optional<Refused> check(UserId admin, UserId target, Instant now) {
        return lockedOut(Subject.target(target), now).or(() -> lockedOut(Subject.admin(admin), now));
    }

    /**
     * Reserves one guess against both the target's and the admin's budgets, before the guess is checked; the
     * caller reports the result through the returned reservation.
     *
     * @param admin the acting admin, not null
     * @param target the target user, not null
     * @param now the current time, not null
     * @return the reservation, or one that carries a refusal when either subject is locked out; never null
     */
    public GuessReservation reserve(UserId admin, UserId target, Instant now) {
        Optional<Refused> locked = check(admin, target, now);
        if (locked.isPresent()) {
            return GuessReservation.refused(locked.get());
        }
        Subject targetSubject = Subject.target(target);
        Subject adminSubject = Subject.admin(admin);
        Acquisition forTarget = acquireFailure(targetSubject, now);
        if (!forTarget.granted()) {
            return GuessReservation.refused(refusal(targetSubject, forTarget.windowEndsAt()));
        }
        Acquisition forAdmin = acquireFailure(adminSubject, now);
        if (!forAdmin.granted()) {
            counters.release(targetSubject.failures(), now);
            return GuessReservation.refused(refusal(adminSubject, forAdmin.windowEndsAt()));
        }
        return new GuessReservation(this, targetSubject, forTarget, adminSubject, forAdmin);
    }

    /** Gives back a guess that was right. */
    void giveBack(Subject subject, Instant now) {
        counters.release(subject.failures(), now);
    }

    /** Locks a subject out whose budget the last wrong guess used up. */
    Optional<Lockout> lockIfSpent(Subject subject, Acquisition reserved, Instant now) {
        if (reserved.count() < policy.maxFailures()) {
            return Optional.empty();
        }
        Instant until = reserved.windowEndsAt();
        if (policy.escalate()) {
            int strike = counters.tryAcquire(subject.strikes(), Integer.MAX_VALUE, policy.strikeMemory(), now)
                    .count();
            until = counters.tryAcquire(subject.lock(), 1, policy.lockoutLength(strike), now).windowEndsAt();
        }
        LOG.info("{} {} locked out until {} after {} wrong answers", subject.limit(), subject.user(), until,
                policy.maxFailures());
        return Optional.of(new Lockout(subject.limit(), subject.user(), until));
    }

    private Acquisition acquireFailure(Subject subject, Instant now) {
        return counters.tryAcquire(subject.failures(), policy.maxFailures(), policy.failureWindow(), now);
    }

    private Optional<Refused> lockedOut(Subject subject, Instant now) {
        Optional<CounterWindow> lock = counters.current(subject.lock(), now).filter(window -> window.count() > 0);
        if (lock.isPresent()) {
            return Optional.of(refusal(subject, lock.get().endsAt()));
        }
        return counters.current(subject.failures(), now)
                .filter(window -> window.count() >= policy.maxFailures())
                .map(window -> refusal(subject, window.endsAt()));
    }

    private Refused refusal(Subject subject, Instant until) {
        String who = subject.limit() == Limit.TARGET_FAILURES ? "the user" : "the admin";
        return Refused.limited(subject.limit(), until, who + " is locked out after too many wrong answers");
    }

    /** A user in one role, with the keys of its counters. */
    record Subject(Limit limit, UserId user) {

        static Subject target(UserId id) {
            return new Subject(Limit.TARGET_FAILURES, requireNonNull(id, "target cannot be null"));
        }

        static Subject admin(UserId id) {
            return new Subject(Limit.ADMIN_FAILURES, requireNonNull(id, "admin cannot be null"));
        }

        private String role() {
            return limit == Limit.TARGET_FAILURES ? "target" : "admin";
        }

        String failures() {
            return "failures:" + role() + ":" + user.value();
        }

        String lock() {
            return "lockout:" + role() + ":" + user.value();
        }

        String strikes() {
            return "strikes:" + role() + ":" + user.value();
        }
    }
}
