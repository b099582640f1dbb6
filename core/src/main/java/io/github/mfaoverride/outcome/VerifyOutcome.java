package io.github.mfaoverride.outcome;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.workflow.RequestId;
import java.time.Instant;

/**
 * What entering the code gave: the number changed, a wrong code, a lock, a wait for a second admin's approval,
 * or a refusal.
 */
public sealed interface VerifyOutcome
        permits VerifyOutcome.Completed, VerifyOutcome.WrongCode, VerifyOutcome.AwaitingApproval, Locked, Refused {

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

    /**
     * The code was right, but the four-eyes rule applies: the number changes only once a second eligible admin
     * approves, before {@code approveBefore}. Until then the old number stays in force.
     *
     * @param requestId the request to approve or reject, not null
     * @param maskedPhone the new number, masked, not null
     * @param approveBefore when the approval expires and the change is dropped, not null
     */
    record AwaitingApproval(RequestId requestId, String maskedPhone, Instant approveBefore) implements VerifyOutcome {
        /** Checks that no component is null. */
        public AwaitingApproval {
            requireNonNull(requestId, "requestId cannot be null");
            requireNonNull(maskedPhone, "maskedPhone cannot be null");
            requireNonNull(approveBefore, "approveBefore cannot be null");
        }
    }
}
