package io.github.mfaoverride.outcome;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.UserId;

/**
 * What entering the code gave: the number changed, a wrong code, a lock, or a refusal.
 */
public sealed interface VerifyOutcome permits VerifyOutcome.Completed, VerifyOutcome.WrongCode, Locked, Refused {

    /**
     * The code was right and the user's MFA phone number is now the new one, marked verified.
     *
     * @param userId whose number changed, not null
     * @param maskedPhone the new number, masked, for the User Details screen, not null
     */
    record Completed(UserId userId, String maskedPhone) implements VerifyOutcome {
        /** Checks that no component is null. */
        public Completed {
            requireNonNull(userId, "userId cannot be null");
            requireNonNull(maskedPhone, "maskedPhone cannot be null");
        }
    }

    /**
     * The code was wrong and was counted; nothing changed.
     *
     * @param attemptsLeft how many more wrong codes lock the request, one or more
     */
    record WrongCode(int attemptsLeft) implements VerifyOutcome {
    }
}
