package io.github.mfaoverride.workflow;

/**
 * The states of a phone-change request. {@link StateTransitions} holds the only legal moves between them.
 *
 * <pre>
 * AWAITING_STEP_UP --step-up passed--&gt; STEP_UP_PASSED --code delivered--&gt; CODE_SENT --right code--&gt; COMPLETED
 *                                                   CODE_SENT --right code, four-eyes rule--&gt; AWAITING_APPROVAL
 *                                                   AWAITING_APPROVAL --second admin approves--&gt; COMPLETED
 * </pre>
 * Any open state can end in {@link #EXPIRED}, {@link #CANCELLED}, {@link #SUPERSEDED} or {@link #REVOKED};
 * too many wrong answers end it in {@link #LOCKED}. Terminal states never change again.
 */
public enum RequestState {
    /** Begun; the admin must pass the extra security step. */
    AWAITING_STEP_UP(false),
    /** The admin proved themselves; a code may now be sent to the new number (an opt-in starts here). */
    STEP_UP_PASSED(false),
    /** A code went to the new number; waiting for the admin to type what the user reads out. */
    CODE_SENT(false),
    /**
     * The right code came back, but the four-eyes rule holds the change until a second admin approves it; the
     * code is consumed and the old number stays in force.
     */
    AWAITING_APPROVAL(false),
    /** The right code came back (and any required approval was given) and the phone number was replaced. */
    COMPLETED(true),
    /** The request's lifetime or the step-up's freshness ran out. */
    EXPIRED(true),
    /** The admin gave up, or the second admin rejected the change. */
    CANCELLED(true),
    /** A newer request for the same user replaced this one. */
    SUPERSEDED(true),
    /** Too many wrong step-up responses or codes. */
    LOCKED(true),
    /** The admin or the target stopped being eligible during the flow. */
    REVOKED(true);

    private final boolean terminal;

    RequestState(boolean terminal) {
        this.terminal = terminal;
    }

    /**
     * Tells whether the request is over and can never change again.
     *
     * @return true for every state but the four open ones
     */
    public boolean isTerminal() {
        return terminal;
    }
}
