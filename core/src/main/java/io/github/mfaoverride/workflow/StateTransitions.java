package io.github.mfaoverride.workflow;

import static io.github.mfaoverride.workflow.RequestState.AWAITING_APPROVAL;
import static io.github.mfaoverride.workflow.RequestState.AWAITING_STEP_UP;
import static io.github.mfaoverride.workflow.RequestState.CANCELLED;
import static io.github.mfaoverride.workflow.RequestState.CODE_SENT;
import static io.github.mfaoverride.workflow.RequestState.COMPLETED;
import static io.github.mfaoverride.workflow.RequestState.EXPIRED;
import static io.github.mfaoverride.workflow.RequestState.LOCKED;
import static io.github.mfaoverride.workflow.RequestState.REVOKED;
import static io.github.mfaoverride.workflow.RequestState.STEP_UP_PASSED;
import static io.github.mfaoverride.workflow.RequestState.SUPERSEDED;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table of legal state transitions of a request.
 *
 * <p>A move to the same open state is legal where it records something without advancing: a wrong step-up
 * response, a send reserved, a code resent or a wrong code counted. Terminal states have no way out.
 */
public final class StateTransitions {

    private static final Map<RequestState, Set<RequestState>> LEGAL = new EnumMap<>(RequestState.class);

    static {
        LEGAL.put(AWAITING_STEP_UP, EnumSet.of(AWAITING_STEP_UP, STEP_UP_PASSED,
                EXPIRED, CANCELLED, SUPERSEDED, LOCKED, REVOKED));
        LEGAL.put(STEP_UP_PASSED, EnumSet.of(STEP_UP_PASSED, CODE_SENT,
                EXPIRED, CANCELLED, SUPERSEDED, REVOKED));
        LEGAL.put(CODE_SENT, EnumSet.of(CODE_SENT, COMPLETED, AWAITING_APPROVAL,
                EXPIRED, CANCELLED, SUPERSEDED, LOCKED, REVOKED));
        LEGAL.put(AWAITING_APPROVAL, EnumSet.of(COMPLETED,
                EXPIRED, CANCELLED, SUPERSEDED, REVOKED));
        for (RequestState state : RequestState.values()) {
            LEGAL.putIfAbsent(state, EnumSet.noneOf(RequestState.class));
        }
    }

    private StateTransitions() {
    }

    /**
     * Tells whether a request may move from one state to another.
     *
     * @param from the current state, not null
     * @param to the wanted state, not null
     * @return true when the table allows it
     */
    public static boolean isLegal(RequestState from, RequestState to) {
        return LEGAL.get(from).contains(to);
    }

    /**
     * Returns every state reachable in one move.
     *
     * @param from the current state, not null
     * @return an unmodifiable set, empty for terminal states
     */
    public static Set<RequestState> from(RequestState from) {
        return Collections.unmodifiableSet(LEGAL.get(from));
    }

    /**
     * Refuses an illegal move.
     *
     * @param from the current state, not null
     * @param to the wanted state, not null
     * @throws IllegalTransitionException when the table does not allow the move
     */
    public static void require(RequestState from, RequestState to) {
        if (!isLegal(from, to)) {
            throw new IllegalTransitionException(from, to);
        }
    }
}
