package io.github.mfaoverride.workflow;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.error.ErrorCode;
import io.github.mfaoverride.error.MfaOverrideException;

/**
 * A request was asked to move between two states that {@link StateTransitions} does not connect.
 */
public final class IllegalTransitionException extends MfaOverrideException {

    private final RequestState from;
    private final RequestState to;

    /**
     * Creates the exception.
     *
     * @param from the request's current state, not null
     * @param to the state asked for, not null
     */
    public IllegalTransitionException(RequestState from, RequestState to) {
        super(ErrorCode.ILLEGAL_TRANSITION, "a request cannot move from " + from + " to " + to);
        this.from = requireNonNull(from, "from cannot be null");
        this.to = requireNonNull(to, "to cannot be null");
    }

    /**
     * Returns the state the request was in.
     *
     * @return the state, never null
     */
    public RequestState from() {
        return from;
    }

    /**
     * Returns the state that was refused.
     *
     * @return the state, never null
     */
    public RequestState to() {
        return to;
    }
}
