package io.github.mfaoverride.audit;

/**
 * Which use case an {@link AuditRecord} is about.
 */
public enum AuditStep {
    /** An admin began a phone change. */
    BEGIN,
    /** The admin answered the step-up. */
    STEP_UP,
    /** The first code was sent to the new number. */
    SEND_CODE,
    /** A mistyped number was corrected and a code sent to it. */
    CORRECT_NUMBER,
    /** A code was sent again. */
    RESEND_CODE,
    /** The code the user read out was entered. */
    VERIFY_CODE,
    /** The admin cancelled the request. */
    CANCEL,
    /** A second admin approved a change held by the four-eyes rule. */
    APPROVE,
    /** A second admin rejected a change held by the four-eyes rule. */
    REJECT,
    /** An admin began an MFA opt-in on their own number. */
    OPT_IN_BEGIN,
    /** An admin confirmed an MFA opt-in with the code. */
    OPT_IN_CONFIRM,
    /** A change notice went (or failed to go) to the user after a completed change. */
    NOTICE
}
