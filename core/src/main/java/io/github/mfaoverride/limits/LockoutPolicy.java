package io.github.mfaoverride.limits;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.error.ErrorCode;
import io.github.mfaoverride.error.MfaOverrideException;
import java.time.Duration;

/**
 * How wrong codes and wrong step-up responses lock out a target user or an admin across requests.
 *
 * <p>Every guess (a code or a step-up response) is counted against both the target and the admin before it is
 * checked, and given back if it was right; so however many requests, resends or parallel calls an attacker
 * makes, at most {@code maxFailures} wrong guesses per subject fit in one {@code failureWindow}. A new request or
 * a new code never resets the count (NIST SP 800-63B-4: a new secret does not reset the failure count).
 *
 * <p>When the budget is spent the subject is locked out until the window ends; with escalation (the default),
 * the lockout instead lasts {@code failureWindow} times 2<sup>n-1</sup> for the n-th lockout within
 * {@code strikeMemory}, up to {@code maxLockout} (Auth0 backs off exponentially the same way).
 *
 * <p>The defaults, and why: 10 failures per hour (NIST allows up to 100 consecutive failures; ten is two
 * requests' worth at five wrong answers each, and bounds a guesser of a 6-digit code to 10 in a million per
 * hour); escalation on, up to 24 hours, remembered for 24 hours.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxFailures wrong guesses one subject may make in a window, one or more
 * @param failureWindow the window's length, positive, not null
 * @param escalate whether repeated lockouts last longer and longer
 * @param maxLockout the longest escalated lockout, at least {@code failureWindow}, not null
 * @param strikeMemory how long a lockout is remembered for escalation, positive, not null
 */
public record LockoutPolicy(int maxFailures, Duration failureWindow, boolean escalate, Duration maxLockout,
        Duration strikeMemory) {

    /**
     * Checks the values (through {@link WindowLimit}'s own checks); throws {@link MfaOverrideException} with
     * {@link ErrorCode#CONFIGURATION} otherwise.
     */
    public LockoutPolicy {
        WindowLimit.of(maxFailures, failureWindow);
        WindowLimit.of(1, strikeMemory);
        requireNonNull(maxLockout, "maxLockout cannot be null");
        if (maxLockout.compareTo(failureWindow) < 0) {
            throw new MfaOverrideException(ErrorCode.CONFIGURATION,
                    "maxLockout must be at least failureWindow, but was " + maxLockout);
        }
    }

    /**
     * Returns the documented defaults: 10 failures per hour, escalating up to 24 hours, remembered 24 hours.
     *
     * @return the policy, never null
     */
    public static LockoutPolicy defaults() {
        return new LockoutPolicy(10, Duration.ofHours(1), true, Duration.ofHours(24), Duration.ofHours(24));
    }

    /**
     * Returns a policy with a plain lockout: at most {@code maxFailures} per {@code failureWindow}, locked until
     * the window ends, no escalation.
     *
     * @param maxFailures wrong guesses per window, one or more
     * @param failureWindow the window, positive, not null
     * @return the policy, never null
     */
    public static LockoutPolicy fixed(int maxFailures, Duration failureWindow) {
        return new LockoutPolicy(maxFailures, failureWindow, false, failureWindow, failureWindow);
    }

    /**
     * Returns how long the n-th lockout within {@code strikeMemory} lasts.
     *
     * @param strike the lockout's number, one or more
     * @return the duration, never null
     */
    public Duration lockoutLength(int strike) {
        if (!escalate) {
            return failureWindow;
        }
        Duration length = failureWindow;
        for (int i = 1; i < strike && length.compareTo(maxLockout) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(maxLockout) < 0 ? length : maxLockout;
    }
}
