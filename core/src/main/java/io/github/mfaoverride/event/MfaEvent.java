package io.github.mfaoverride.event;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.audit.AuditStep;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.outcome.Limit;
import io.github.mfaoverride.outcome.RefusalReason;
import io.github.mfaoverride.workflow.RequestKind;
import java.time.Instant;
import java.util.Optional;

/**
 * Something that happened in the workflow. Sealed: a listener can handle every kind. No event holds a code, a
 * full number or an email address.
 *
 * <p>Every variant is immutable and thread-safe.
 */
public sealed interface MfaEvent {

    /**
     * Returns when, who and which request.
     *
     * @return the context, never null
     */
    EventContext context();

    /**
     * A request began.
     *
     * @param context the context, not null
     * @param kind a phone change or an opt-in, not null
     */
    record Started(EventContext context, RequestKind kind) implements MfaEvent {
        /** Checks that no component is null. */
        public Started {
            requireNonNull(context, "context cannot be null");
            requireNonNull(kind, "kind cannot be null");
        }
    }

    /**
     * The admin passed the step-up.
     *
     * @param context the context, not null
     */
    record StepUpPassed(EventContext context) implements MfaEvent {
        /** Checks that no component is null. */
        public StepUpPassed {
            requireNonNull(context, "context cannot be null");
        }
    }

    /**
     * A code went out.
     *
     * @param context the context, not null
     * @param maskedDestination where, masked, not null
     * @param method how, not null
     */
    record CodeSent(EventContext context, String maskedDestination, DeliveryMethod method) implements MfaEvent {
        /** Checks that no component is null. */
        public CodeSent {
            requireNonNull(context, "context cannot be null");
            requireNonNull(maskedDestination, "maskedDestination cannot be null");
            requireNonNull(method, "method cannot be null");
        }
    }

    /**
     * A wrong code or step-up response was counted.
     *
     * @param context the context, not null
     * @param step {@link AuditStep#STEP_UP}, {@link AuditStep#VERIFY_CODE} or {@link AuditStep#OPT_IN_CONFIRM},
     *     not null
     */
    record WrongAnswer(EventContext context, AuditStep step) implements MfaEvent {
        /** Checks that no component is null. */
        public WrongAnswer {
            requireNonNull(context, "context cannot be null");
            requireNonNull(step, "step cannot be null");
        }
    }

    /**
     * The code was right: possession of the new number is proven.
     *
     * @param context the context, not null
     */
    record Verified(EventContext context) implements MfaEvent {
        /** Checks that no component is null. */
        public Verified {
            requireNonNull(context, "context cannot be null");
        }
    }

    /**
     * The change waits for a second admin's approval.
     *
     * @param context the context, not null
     * @param approveBefore when the approval expires, not null
     */
    record AwaitingApproval(EventContext context, Instant approveBefore) implements MfaEvent {
        /** Checks that no component is null. */
        public AwaitingApproval {
            requireNonNull(context, "context cannot be null");
            requireNonNull(approveBefore, "approveBefore cannot be null");
        }
    }

    /**
     * The number changed (or MFA was enabled on it).
     *
     * @param context the context, not null
     * @param maskedPhone the new number, masked, not null
     */
    record Completed(EventContext context, String maskedPhone) implements MfaEvent {
        /** Checks that no component is null. */
        public Completed {
            requireNonNull(context, "context cannot be null");
            requireNonNull(maskedPhone, "maskedPhone cannot be null");
        }
    }

    /**
     * A second admin rejected a change, or the admin cancelled a request.
     *
     * @param context the context, not null
     * @param rejected true when a second admin rejected it, false when its admin cancelled it
     */
    record Cancelled(EventContext context, boolean rejected) implements MfaEvent {
        /** Checks that no component is null. */
        public Cancelled {
            requireNonNull(context, "context cannot be null");
        }
    }

    /**
     * A business rule refused a step.
     *
     * @param context the context, not null
     * @param step the use case refused, not null
     * @param reason why, not null
     * @param limit the cross-request limit that refused it, if one did
     * @param retryAt when the same call may succeed, if known
     */
    record Refused(EventContext context, AuditStep step, RefusalReason reason, Optional<Limit> limit,
            Optional<Instant> retryAt) implements MfaEvent {
        /** Checks that no component is null. */
        public Refused {
            requireNonNull(context, "context cannot be null");
            requireNonNull(step, "step cannot be null");
            requireNonNull(reason, "reason cannot be null");
            requireNonNull(limit, "limit cannot be null");
            requireNonNull(retryAt, "retryAt cannot be null");
        }
    }

    /**
     * A request locked after too many wrong answers; it can never complete.
     *
     * @param context the context, not null
     */
    record RequestLocked(EventContext context) implements MfaEvent {
        /** Checks that no component is null. */
        public RequestLocked {
            requireNonNull(context, "context cannot be null");
        }
    }

    /**
     * A target user or an admin was locked out across requests: worth an alert.
     *
     * @param context the context, not null
     * @param limit {@link Limit#TARGET_FAILURES} or {@link Limit#ADMIN_FAILURES}, not null
     * @param until when the lockout ends, not null
     */
    record LockedOut(EventContext context, Limit limit, Instant until) implements MfaEvent {
        /** Checks that no component is null. */
        public LockedOut {
            requireNonNull(context, "context cannot be null");
            requireNonNull(limit, "limit cannot be null");
            requireNonNull(until, "until cannot be null");
        }
    }

    /**
     * A change notice could not be delivered after every attempt; the change stands, and the host should reach
     * the user another way.
     *
     * @param context the context, not null
     * @param channel {@code "email"} or {@code "phone"}, not null
     * @param maskedRecipient the recipient, masked, not null
     * @param detail what went wrong, safe to log, not null
     */
    record NoticeFailed(EventContext context, String channel, String maskedRecipient, String detail)
            implements MfaEvent {
        /** Checks that no component is null. */
        public NoticeFailed {
            requireNonNull(context, "context cannot be null");
            requireNonNull(channel, "channel cannot be null");
            requireNonNull(maskedRecipient, "maskedRecipient cannot be null");
            requireNonNull(detail, "detail cannot be null");
        }
    }
}
