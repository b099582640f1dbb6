package io.github.mfaoverride.approval;

import io.github.mfaoverride.domain.User;

/**
 * Decides which phone changes need a second admin's approval after the code is verified.
 *
 * <p>Asked once, when the right code comes back; the admin's own MFA opt-in never needs approval. Implementations
 * must be thread-safe.
 */
@FunctionalInterface
public interface ApprovalRule {

    /**
     * Tells whether this change needs a second admin.
     *
     * @param admin the admin who began the change, not null
     * @param target the user whose number changes, not null
     * @return true when the change must wait for approval
     */
    boolean requiresApproval(User admin, User target);

    /**
     * Returns the rule that never asks for approval, the default.
     *
     * @return the rule, never null
     */
    static ApprovalRule never() {
        return (admin, target) -> false;
    }

    /**
     * Returns the rule that asks for approval whenever the target is an admin too: taking over an admin account
     * is worth more than taking over any one user's.
     *
     * @return the rule, never null
     */
    static ApprovalRule whenTargetIsAdmin() {
        return (admin, target) -> target.isAdmin();
    }

    /**
     * Returns the rule that asks for approval of every change.
     *
     * @return the rule, never null
     */
    static ApprovalRule always() {
        return (admin, target) -> true;
    }
}
