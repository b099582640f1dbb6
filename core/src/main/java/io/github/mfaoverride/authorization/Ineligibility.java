package io.github.mfaoverride.authorization;

/**
 * One reason an admin may not change a target's MFA phone number. A screen can explain each one.
 */
public enum Ineligibility {
    /** The acting user holds no admin role. */
    ADMIN_HAS_NO_ADMIN_ROLE,
    /** The admin has not enabled MFA, so cannot prove themselves with it. */
    ADMIN_MFA_NOT_ENABLED,
    /** The admin's own status is not Active. */
    ADMIN_NOT_ACTIVE,
    /** The admin chose themselves; changing one's own number is a self-service flow. */
    SELF_TARGET,
    /** None of the admin's roles covers the target's organization. */
    TARGET_OUT_OF_SCOPE,
    /** The target is neither Active nor Suspended. */
    TARGET_STATUS_NOT_ELIGIBLE
}
