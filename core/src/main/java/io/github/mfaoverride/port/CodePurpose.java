package io.github.mfaoverride.port;

/**
 * Why a code is being delivered; a delivery adapter may word its message accordingly.
 */
public enum CodePurpose {
    /** A code to the new number a user asked an admin to set. */
    PHONE_CHANGE,
    /** The admin's own extra security step before editing another user. */
    STEP_UP,
    /** An admin proving a number they are enrolling for their own MFA. */
    MFA_OPT_IN
}
