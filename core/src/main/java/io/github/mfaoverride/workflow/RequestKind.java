package io.github.mfaoverride.workflow;

/**
 * What a request changes.
 */
public enum RequestKind {
    /** An admin changes another user's MFA phone number, after a step-up of their own. */
    PHONE_CHANGE,
    /** An admin opts in to MFA with their own number; there is no step-up, the admin is the target. */
    MFA_OPT_IN
}
