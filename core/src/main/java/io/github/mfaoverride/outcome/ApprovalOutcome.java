package io.github.mfaoverride.outcome;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.workflow.RequestId;

/**
 * What a second admin's decision on a change awaiting approval gave: the change committed, the change dropped,
 * or a refusal (self-approval, an ineligible approver, an expired approval).
 */
public sealed interface ApprovalOutcome permits ApprovalOutcome.Approved, ApprovalOutcome.Rejected, Refused {

    /**
     * The second admin approved: the user's MFA phone number is now the new one, marked verified.
     *
     * @param userId whose number changed, not null
     * @param maskedPhone the new number, masked, not null
     */
    record Approved(UserId userId, String maskedPhone) implements ApprovalOutcome {
        /** Checks that no component is null. */
        public Approved {
            requireNonNull(userId, "userId cannot be null");
            requireNonNull(maskedPhone, "maskedPhone cannot be null");
        }
    }

    /**
     * The second admin rejected the change: the request is {@code CANCELLED} and the old number stays.
     *
     * @param requestId the request, not null
     */
    record Rejected(RequestId requestId) implements ApprovalOutcome {
        /** Checks that no component is null. */
        public Rejected {
            requireNonNull(requestId, "requestId cannot be null");
        }
    }
}
