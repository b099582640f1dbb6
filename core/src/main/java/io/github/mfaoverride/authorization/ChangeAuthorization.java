package io.github.mfaoverride.authorization;

import io.github.mfaoverride.domain.User;

/**
 * Port that decides whether an admin may change a target's MFA phone number.
 *
 * <p>The facade asks it at every step, with both users freshly read. The default is
 * {@link ScopedRoleAuthorization}; a host with other rules implements this instead. Implementations must be
 * thread-safe and must report every reason that applies, not only the first.
 */
public interface ChangeAuthorization {

    /**
     * Evaluates the rules.
     *
     * @param admin the acting user, not null
     * @param target the user whose phone would change, not null
     * @return the decision with every reason against it, never null
     */
    Eligibility evaluate(User admin, User target);
}
