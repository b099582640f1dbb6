package io.github.mfaoverride.outcome;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.authorization.Ineligibility;
import io.github.mfaoverride.workflow.RequestState;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A use case said no. Nothing changed, except that a wrong answer was counted where the outcome says so.
 *
 * @param reason why, not null
 * @param ineligibilities every eligibility rule that failed, when {@code reason} is {@link RefusalReason#INELIGIBLE}
 *     or {@link RefusalReason#APPROVER_INELIGIBLE}; otherwise empty; unmodifiable
 * @param state the request's state, when it matters to the reason, not null
 * @param retryAt the earliest time the same call may succeed, when there is one, not null
 * @param detail a description safe to show and log (never a code or a full number), not null
 * @param guidance what to tell a person to do next, when there is advice, not null
 * @param limit the cross-request limit that refused the call, with {@link RefusalReason#RATE_LIMITED} and
 *     {@link RefusalReason#LOCKED_OUT}; otherwise empty; not null
 */
public record Refused(
        RefusalReason reason,
        Set<Ineligibility> ineligibilities,
        Optional<RequestState> state,
        Optional<Instant> retryAt,
        String detail,
        Optional<String> guidance,
        Optional<Limit> limit)
        implements BeginOutcome, StepUpOutcome, SendOutcome, VerifyOutcome, CancelOutcome, OptInOutcome,
        ApprovalOutcome {

    /** Checks that no component is null and copies the set. */
    public Refused {
        requireNonNull(reason, "reason cannot be null");
        ineligibilities = ineligibilities.isEmpty()
                ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(ineligibilities));
        requireNonNull(state, "state cannot be null");
        requireNonNull(retryAt, "retryAt cannot be null");
        requireNonNull(detail, "detail cannot be null");
        requireNonNull(guidance, "guidance cannot be null");
        requireNonNull(limit, "limit cannot be null");
    }

    /**
     * Creates a refusal that no cross-request limit caused.
     *
     * @param reason why, not null
     * @param ineligibilities every eligibility rule that failed, not null
     * @param state the request's state, when it matters, not null
     * @param retryAt the earliest time the same call may succeed, not null
     * @param detail a description, not null
     * @param guidance advice for the person, not null
     */
    public Refused(RefusalReason reason, Set<Ineligibility> ineligibilities, Optional<RequestState> state,
            Optional<Instant> retryAt, String detail, Optional<String> guidance) {
        this(reason, ineligibilities, state, retryAt, detail, guidance, Optional.empty());
    }

    /**
     * Creates a refusal by a cross-request limit: {@link RefusalReason#LOCKED_OUT} for the failure limits,
     * {@link RefusalReason#RATE_LIMITED} for the others.
     *
     * @param limit which limit, not null
     * @param retryAt when the limit lets the same call through, not null
     * @param detail a description safe to show and log, not null
     * @return the refusal
     */
    public static Refused limited(Limit limit, Instant retryAt, String detail) {
        RefusalReason reason = limit == Limit.TARGET_FAILURES || limit == Limit.ADMIN_FAILURES
                ? RefusalReason.LOCKED_OUT : RefusalReason.RATE_LIMITED;
        return new Refused(reason, Set.of(), Optional.empty(), Optional.of(retryAt), detail, Optional.empty(),
                Optional.of(limit));
    }

    /**
     * Creates a refusal with a reason and a description only.
     *
     * @param reason why, not null
     * @param detail a description, not null
     * @return the refusal
     */
    public static Refused because(RefusalReason reason, String detail) {
        return new Refused(reason, Set.of(), Optional.empty(), Optional.empty(), detail, Optional.empty());
    }

    /**
     * Creates an {@link RefusalReason#INELIGIBLE} refusal.
     *
     * @param reasons every rule that failed, not empty
     * @return the refusal
     */
    public static Refused ineligible(Set<Ineligibility> reasons) {
        return new Refused(RefusalReason.INELIGIBLE, reasons, Optional.empty(), Optional.empty(),
                "not eligible: " + reasons, Optional.empty());
    }

    /**
     * Creates a {@link RefusalReason#WRONG_STATE} refusal.
     *
     * @param state the request's state, not null
     * @param step the step that does not apply, for the description, not null
     * @return the refusal
     */
    public static Refused wrongState(RequestState state, String step) {
        return new Refused(RefusalReason.WRONG_STATE, Set.of(), Optional.of(state), Optional.empty(),
                step + " does not apply to a request in state " + state, Optional.empty());
    }

    /**
     * Returns this refusal with the earliest retry time set.
     *
     * @param at when the call may succeed, not null
     * @return the changed refusal
     */
    public Refused retryAt(Instant at) {
        return new Refused(reason, ineligibilities, state, Optional.of(at), detail, guidance, limit);
    }

    /**
     * Returns this refusal with advice for the person.
     *
     * @param advice what to do next, not null
     * @return the changed refusal
     */
    public Refused withGuidance(String advice) {
        return new Refused(reason, ineligibilities, state, retryAt, detail, Optional.of(advice), limit);
    }
}
