package io.github.mfaoverride.outcome;

/**
 * Why a use case was refused. Each value is a business answer a screen can explain, not a fault.
 */
public enum RefusalReason {
    /** The admin may not change this target now; {@link Refused#ineligibilities()} says every reason. */
    INELIGIBLE,
    /** The request belongs to another admin. */
    NOT_YOUR_REQUEST,
    /** The request is not in a state where this step applies; {@link Refused#state()} says which it is in. */
    WRONG_STATE,
    /** The request's lifetime is over; begin again. */
    REQUEST_EXPIRED,
    /** No step-up challenge could begin (no enrolled factor, or its provider failed). */
    STEP_UP_UNAVAILABLE,
    /** The step-up challenge expired before it was answered; begin again. */
    STEP_UP_EXPIRED,
    /** The step-up proof is missing, forged, or bound to another request, admin or target. */
    STEP_UP_PROOF_INVALID,
    /** The step-up is older than the freshness allowed for the first code; begin again. */
    STEP_UP_STALE,
    /** The number is not a valid, dialable phone number. */
    NUMBER_INVALID,
    /** The number is the one already enrolled. */
    NUMBER_UNCHANGED,
    /** The chosen method cannot reach this kind of line (SMS to a landline); another method may. */
    METHOD_CANNOT_REACH_NUMBER,
    /** The number screening rejected the number; {@link Refused#detail()} says why. */
    NUMBER_REJECTED,
    /** The request has used all the sends it is allowed. */
    SEND_LIMIT_REACHED,
    /** A code was sent too recently; {@link Refused#retryAt()} says when another may go. */
    RESEND_TOO_SOON,
    /** The provider refused the message for good; {@link Refused#detail()} says why. */
    DELIVERY_REFUSED,
    /** The provider failed for now; nothing was lost and the same call may be tried again. */
    DELIVERY_UNAVAILABLE,
    /** The code is past its lifetime; resend. */
    CODE_EXPIRED,
    /** The admin already has MFA enabled; the opt-in does not apply. */
    MFA_ALREADY_ENABLED,
    /**
     * A cross-request rate limit is used up; {@link Refused#limit()} names it and {@link Refused#retryAt()} says
     * when it frees up.
     */
    RATE_LIMITED,
    /**
     * Too many wrong codes or step-up responses for this target or admin, across requests;
     * {@link Refused#limit()} says which and {@link Refused#retryAt()} when the lockout ends.
     */
    LOCKED_OUT,
    /** The admin who began the change cannot also approve it: a second admin must (four-eyes rule). */
    SELF_APPROVAL,
    /** The would-be approver may not act on the target, or is the target. */
    APPROVER_INELIGIBLE,
    /** The change waited too long for a second admin's approval; it never took effect. */
    APPROVAL_EXPIRED
}
