package io.github.mfaoverride;

import static io.github.mfaoverride.RequestSteps.refuse;

import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.limits.GuessReservation;
import java.time.Instant;

/**
 * The flows' hooks into the cross-request limits and lockouts. Each method returns or throws {@link Stop} with
 * the refusal naming the limit; with no counters configured every method lets everything through.
 */
final class Guards {

    private final Wiring wiring;

    Guards(Wiring wiring) {
        this.wiring = wiring;
    }

    /** Before a request begins: neither party locked out, and both have requests left. */
    void beforeBegin(User admin, User target, Instant now) {
        // Not yet: the built-in CodeStepUpVerifier's codes to the admin's own phone are bounded only by
        // ADMIN_REQUESTS (one challenge per request), not counted against the send limits; a send hook in the
        // step-up verifier would lift this.
        Safeguards guards = wiring.safeguards();
        guards.lockouts().flatMap(lockouts -> lockouts.check(admin.id(), target.id(), now))
                .ifPresent(refused -> {
                    throw refuse(refused);
                });
        guards.rateLimiter().flatMap(limiter -> limiter.acquireBegin(admin.id(), target.id(), now))
                .ifPresent(refused -> {
                    throw refuse(refused);
                });
    }

    /** Before a number is screened or a code sent: neither party is locked out. Reads only. */
    void requireNotLockedOut(Step step) {
        wiring.safeguards().lockouts()
                .flatMap(lockouts -> lockouts.check(step.admin().id(), step.target().id(), step.now()))
                .ifPresent(refused -> {
                    throw refuse(refused);
                });
    }

    /** Right before a code is sent: takes one send from every send limit, or refuses naming the one used up. */
    void acquireSend(Step step, PhoneNumber to) {
        wiring.safeguards().rateLimiter()
                .flatMap(limiter -> limiter.acquireSend(step.admin().id(), step.target().id(), to, step.now()))
                .ifPresent(refused -> {
                    throw refuse(refused);
                });
    }

    /** Before a guess is checked: reserves it against both parties' failure budgets. */
    GuessReservation reserveGuess(Step step) {
        GuessReservation guess = wiring.safeguards().lockouts()
                .map(lockouts -> lockouts.reserve(step.admin().id(), step.target().id(), step.now()))
                .orElseGet(GuessReservation::unlimited);
        guess.refusal().ifPresent(refused -> {
            throw refuse(refused);
        });
        return guess;
    }

    /** A guess was wrong: it stays counted; any lockout it began is traced for the events. */
    void wrongGuess(GuessReservation guess, Instant now) {
        Trace.current().lockedOut(guess.wrong(now));
    }
}
