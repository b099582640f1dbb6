package io.github.mfaoverride.limits;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.outcome.Refused;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One guess reserved by {@link Lockouts#reserve} against a target's and an admin's failure budgets. The caller
 * checks the guess, then reports {@link #right} (the guess is given back) or {@link #wrong} (it stays counted).
 * Not thread-safe; use it within one call.
 */
public final class GuessReservation {

    private final Lockouts lockouts;
    private final Refused refusal;
    private final Lockouts.Subject target;
    private final Acquisition forTarget;
    private final Lockouts.Subject admin;
    private final Acquisition forAdmin;

    GuessReservation(Lockouts lockouts, Lockouts.Subject target, Acquisition forTarget, Lockouts.Subject admin,
            Acquisition forAdmin) {
        this.lockouts = lockouts;
        this.refusal = null;
        this.target = target;
        this.forTarget = forTarget;
        this.admin = admin;
        this.forAdmin = forAdmin;
    }

    private GuessReservation(Refused refusal) {
        this.lockouts = null;
        this.refusal = refusal;
        this.target = null;
        this.forTarget = null;
        this.admin = null;
        this.forAdmin = null;
    }

    static GuessReservation refused(Refused refusal) {
        return new GuessReservation(requireNonNull(refusal, "refusal cannot be null"));
    }

    /**
     * Returns a reservation that limits nothing, for a facade configured without lockouts.
     *
     * @return the reservation, never null
     */
    public static GuessReservation unlimited() {
        return new GuessReservation((Refused) null);
    }

    /**
     * Returns why no guess may be made now, if so.
     *
     * @return the {@code LOCKED_OUT} refusal, or empty when the guess was reserved
     */
    public Optional<Refused> refusal() {
        return Optional.ofNullable(refusal);
    }

    /**
     * Returns how many more wrong guesses the tighter of the two budgets allows after this one, were it wrong.
     *
     * @return zero or more; zero when the guess was refused; {@link Integer#MAX_VALUE} when nothing is limited
     */
    public int remainingAfterThis() {
        if (refusal != null) {
            return 0;
        }
        if (lockouts == null) {
            return Integer.MAX_VALUE;
        }
        int max = lockouts.policy().maxFailures();
        return Math.max(0, max - Math.max(forTarget.count(), forAdmin.count()));
    }

    /**
     * Reports a right guess: it is given back to both budgets.
     *
     * @param now the current time, not null
     */
    public void right(Instant now) {
        if (lockouts != null) {
            lockouts.giveBack(target, now);
            lockouts.giveBack(admin, now);
        }
    }

    /**
     * Reports a wrong guess: it stays counted, and a subject whose budget it used up is locked out.
     *
     * @param now the current time, not null
     * @return the lockouts that began, possibly empty, never null
     */
    public List<Lockout> wrong(Instant now) {
        List<Lockout> begun = new ArrayList<>();
        if (lockouts != null) {
            lockouts.lockIfSpent(target, forTarget, now).ifPresent(begun::add);
            lockouts.lockIfSpent(admin, forAdmin, now).ifPresent(begun::add);
        }
        return begun;
    }
}
