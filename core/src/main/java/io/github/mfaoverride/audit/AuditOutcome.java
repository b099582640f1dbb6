package io.github.mfaoverride.audit;

/**
 * What a step gave, as an {@link AuditRecord} states it.
 */
public enum AuditOutcome {
    /** A request began. */
    STARTED,
    /** The admin passed the step-up. */
    STEP_UP_PASSED,
    /** A wrong code or step-up response was counted. */
    WRONG_ANSWER,
    /** A code went out. */
    CODE_SENT,
    /** The code was right; the change waits for a second admin. */
    AWAITING_APPROVAL,
    /** The number changed (or MFA was enabled). */
    COMPLETED,
    /** The request locked after too many wrong answers. */
    LOCKED,
    /** The admin cancelled the request. */
    CANCELLED,
    /** A second admin rejected the change. */
    REJECTED,
    /** A business rule refused the step; the record's reason says which. */
    REFUSED,
    /** The step failed with an error (bad input, unknown id, infrastructure); the reason is the error code. */
    FAILED,
    /** A change notice was accepted by its channel. */
    NOTICE_SENT,
    /** A change notice could not be delivered after every attempt; the change stands. */
    NOTICE_FAILED
}
