package io.github.mfaoverride;

import io.github.mfaoverride.audit.AuditOutcome;
import io.github.mfaoverride.audit.AuditRecord;
import io.github.mfaoverride.audit.AuditStep;
import io.github.mfaoverride.domain.Organization;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.error.MfaOverrideException;
import io.github.mfaoverride.event.EventContext;
import io.github.mfaoverride.event.MfaEvent;
import io.github.mfaoverride.event.MfaEventListener;
import io.github.mfaoverride.limits.Lockout;
import io.github.mfaoverride.notice.NoticeFacts;
import io.github.mfaoverride.notice.NoticeKind;
import io.github.mfaoverride.notice.NoticeResult;
import io.github.mfaoverride.outcome.ApprovalOutcome;
import io.github.mfaoverride.outcome.BeginOutcome;
import io.github.mfaoverride.outcome.CancelOutcome;
import io.github.mfaoverride.outcome.Locked;
import io.github.mfaoverride.outcome.OptInOutcome;
import io.github.mfaoverride.outcome.Refused;
import io.github.mfaoverride.outcome.SendOutcome;
import io.github.mfaoverride.outcome.StepUpOutcome;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.workflow.PhoneChangeRequest;
import io.github.mfaoverride.workflow.RequestKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one use case's outcome into its audit record and events, and sends the change notices after a completed
 * change. Runs after the step, so nothing here can change the step's outcome: a failing audit store, listener or
 * notice channel is logged and reported, never thrown.
 */
final class Accountability {

    private static final Logger LOG = LoggerFactory.getLogger(MfaOverride.class);

    private final Wiring wiring;

    Accountability(Wiring wiring) {
        this.wiring = wiring;
    }

    /** Records an outcome the use case returned, refusals included. */
    void outcome(Trace trace, Object outcome, Optional<String> correlationId) {
        Instant now = wiring.now();
        complete(trace);
        if (wiring.safeguards().auditTrail().isPresent()) {
            AuditRecord.Builder record = base(trace, now, classify(outcome), correlationId);
            if (outcome instanceof Refused refused) {
                record.reason(refused.reason().name(), refused.limit().orElse(null), refused.detail());
            }
            append(record.build());
        }

        EventContext context = context(trace, now, correlationId);
        List<MfaEvent> events = events(trace, outcome, context);
        trace.lockouts.forEach(lockout -> events.add(lockedOut(context, lockout)));
        events.forEach(this::publish);

        if (outcome instanceof VerifyOutcome.Completed || outcome instanceof ApprovalOutcome.Approved) {
            sendNotices(trace, now, correlationId);
        }
    }

    /** Records a use case that ended in an exception (bad input, unknown id, infrastructure). */
    void failure(Trace trace, RuntimeException error, Optional<String> correlationId) {
        String code = error instanceof MfaOverrideException known ? known.code().name()
                : error.getClass().getSimpleName();
        complete(trace);
        append(base(trace, wiring.now(), AuditOutcome.FAILED, correlationId).reason(code, null, null).build());
    }

    /**
     * Reads what a step that stopped early (bad input is checked before anything is read) did not, so that every
     * record of a request names its target, organization and state. Best effort: a failing read leaves it out.
     */
    private void complete(Trace trace) {
        Safeguards safeguards = wiring.safeguards();
        if (safeguards.auditTrail().isEmpty() && safeguards.listeners().isEmpty()) {
            return;
        }
        try {
            if (trace.request == null && trace.requestId != null) {
                wiring.requests().find(trace.requestId).ifPresent(trace::request);
            }
            if (trace.target == null && trace.targetId != null) {
                trace.target = wiring.directory().findUser(trace.targetId).orElse(null);
            }
        } catch (RuntimeException e) {
            LOG.debug("audit record of request {} left incomplete: {}", trace.requestId, e.toString());
        }
    }

    private AuditRecord.Builder base(Trace trace, Instant now, AuditOutcome outcome, Optional<String> correlationId) {
        Optional<PhoneChangeRequest> request = Optional.ofNullable(trace.request);
        Optional<User> target = Optional.ofNullable(trace.target);
        String newNumber = Optional.ofNullable(trace.destination)
                .or(() -> request.flatMap(PhoneChangeRequest::destination)).map(PhoneNumber::masked).orElse(null);
        return AuditRecord.of(now, trace.step, outcome)
                .correlationId(correlationId.orElse(null))
                .users(trace.adminId, trace.targetId)
                .request(trace.requestId, request.map(PhoneChangeRequest::state).orElse(null),
                        target.map(User::organization).orElse(null))
                .numbers(target.flatMap(user -> user.mfa().phone()).map(PhoneNumber::masked).orElse(null), newNumber)
                .delivery(Optional.ofNullable(trace.method).or(() -> request.flatMap(PhoneChangeRequest::method))
                        .orElse(null), trace.providerMessageId)
                .screenedBy(trace.screeningSource);
    }

    private static AuditOutcome classify(Object outcome) {
        if (outcome instanceof Refused) {
            return AuditOutcome.REFUSED;
        } else if (outcome instanceof BeginOutcome.Started) {
            return AuditOutcome.STARTED;
        } else if (outcome instanceof StepUpOutcome.Passed) {
            return AuditOutcome.STEP_UP_PASSED;
        } else if (outcome instanceof StepUpOutcome.WrongResponse || outcome instanceof VerifyOutcome.WrongCode) {
            return AuditOutcome.WRONG_ANSWER;
        } else if (outcome instanceof SendOutcome.CodeSent || outcome instanceof OptInOutcome.CodeSentForOptIn) {
            return AuditOutcome.CODE_SENT;
        } else if (outcome instanceof VerifyOutcome.AwaitingApproval) {
            return AuditOutcome.AWAITING_APPROVAL;
        } else if (outcome instanceof VerifyOutcome.Completed || outcome instanceof ApprovalOutcome.Approved) {
            return AuditOutcome.COMPLETED;
        } else if (outcome instanceof Locked) {
            return AuditOutcome.LOCKED;
        } else if (outcome instanceof CancelOutcome.Cancelled) {
            return AuditOutcome.CANCELLED;
        } else if (outcome instanceof ApprovalOutcome.Rejected) {
            return AuditOutcome.REJECTED;
        }
        throw new IllegalStateException("unknown outcome " + outcome.getClass().getName());
    }

    private static List<MfaEvent> events(Trace trace, Object outcome, EventContext context) {
        List<MfaEvent> events = new ArrayList<>();
        if (outcome instanceof Refused refused) {
            events.add(new MfaEvent.Refused(context, trace.step, refused.reason(), refused.limit(),
                    refused.retryAt()));
        } else if (outcome instanceof BeginOutcome.Started) {
            events.add(new MfaEvent.Started(context, RequestKind.PHONE_CHANGE));
        } else if (outcome instanceof StepUpOutcome.Passed) {
            events.add(new MfaEvent.StepUpPassed(context));
        } else if (outcome instanceof StepUpOutcome.WrongResponse || outcome instanceof VerifyOutcome.WrongCode) {
            events.add(new MfaEvent.WrongAnswer(context, trace.step));
        } else if (outcome instanceof SendOutcome.CodeSent sent) {
            events.add(new MfaEvent.CodeSent(context, sent.maskedDestination(), sent.method()));
        } else if (outcome instanceof OptInOutcome.CodeSentForOptIn optIn) {
            events.add(new MfaEvent.Started(context, RequestKind.MFA_OPT_IN));
            events.add(new MfaEvent.CodeSent(context, optIn.sent().maskedDestination(), optIn.sent().method()));
        } else if (outcome instanceof VerifyOutcome.AwaitingApproval waiting) {
            events.add(new MfaEvent.Verified(context));
            events.add(new MfaEvent.AwaitingApproval(context, waiting.approveBefore()));
        } else if (outcome instanceof VerifyOutcome.Completed completed) {
            events.add(new MfaEvent.Verified(context));
            events.add(new MfaEvent.Completed(context, completed.maskedPhone()));
        } else if (outcome instanceof ApprovalOutcome.Approved approved) {
            events.add(new MfaEvent.Completed(context, approved.maskedPhone()));
        } else if (outcome instanceof Locked) {
            events.add(new MfaEvent.WrongAnswer(context, trace.step));
            events.add(new MfaEvent.RequestLocked(context));
        } else if (outcome instanceof CancelOutcome.Cancelled) {
            events.add(new MfaEvent.Cancelled(context, false));
        } else if (outcome instanceof ApprovalOutcome.Rejected) {
            events.add(new MfaEvent.Cancelled(context, true));
        }
        return events;
    }

    private static MfaEvent lockedOut(EventContext context, Lockout lockout) {
        return new MfaEvent.LockedOut(context, lockout.limit(), lockout.until());
    }

    private static EventContext context(Trace trace, Instant now, Optional<String> correlationId) {
        return new EventContext(now, correlationId, Optional.ofNullable(trace.requestId),
                Optional.ofNullable(trace.adminId), Optional.ofNullable(trace.targetId));
    }

    private void sendNotices(Trace trace, Instant now, Optional<String> correlationId) {
        if (wiring.safeguards().notifier().isEmpty() || trace.request == null || trace.target == null) {
            return;
        }
        PhoneChangeRequest request = trace.request;
        User target = trace.target;
        PhoneNumber newPhone = request.destination().orElseThrow();
        boolean optIn = request.kind() == RequestKind.MFA_OPT_IN;
        NoticeFacts facts = new NoticeFacts(optIn ? NoticeKind.MFA_ENABLED : NoticeKind.PHONE_CHANGED, now,
                organizationNameOf(request), newPhone.masked(), request.id().value());
        Optional<PhoneNumber> oldPhone = target.mfa().phone().filter(old -> !old.equals(newPhone));
        List<NoticeResult> results = wiring.safeguards().notifier().get()
                .notifyChange(facts, target.locale(), target.notificationAddresses(), oldPhone);
        for (NoticeResult result : results) {
            append(AuditRecord.of(now, AuditStep.NOTICE,
                            result.sent() ? AuditOutcome.NOTICE_SENT : AuditOutcome.NOTICE_FAILED)
                    .correlationId(correlationId.orElse(null))
                    .users(request.adminId(), target.id())
                    .request(request.id(), request.state(), target.organization())
                    .reason(result.failure().orElse(null), null,
                            result.recipient().channel() + " to " + result.recipient().masked())
                    .numbers(oldPhone.map(PhoneNumber::masked).orElse(null), newPhone.masked())
                    .delivery(null, result.messageId().orElse(null))
                    .build());
            if (!result.sent()) {
                publish(new MfaEvent.NoticeFailed(context(trace, now, correlationId), result.recipient().channel(),
                        result.recipient().masked(), result.failure().orElse("")));
            }
        }
    }

    /** The organization of the admin who made the change, which the notice names. */
    private String organizationNameOf(PhoneChangeRequest request) {
        try {
            return wiring.directory().findUser(request.adminId())
                    .flatMap(admin -> wiring.directory().findOrganization(admin.organization()))
                    .map(Organization::name)
                    .orElse("your organization");
        } catch (RuntimeException e) {
            LOG.warn("organization of admin {} not readable for the change notice: {}", request.adminId(),
                    e.toString());
            return "your organization";
        }
    }

    private void append(AuditRecord record) {
        if (wiring.safeguards().auditTrail().isEmpty()) {
            return;
        }
        try {
            wiring.safeguards().auditTrail().get().append(record);
        } catch (RuntimeException e) {
            // Not yet: the record is appended after the step, outside its transaction, so a failing audit store
            // loses it (it is logged here, PII-safe). An audit adapter sharing the request store's transaction
            // would lift this.
            LOG.warn("audit record not stored ({}): {}", e.toString(), record);
        }
    }

    private void publish(MfaEvent event) {
        for (MfaEventListener listener : wiring.safeguards().listeners()) {
            try {
                listener.on(event);
            } catch (RuntimeException e) {
                LOG.warn("event listener {} failed on {}: {}", listener, event.getClass().getSimpleName(),
                        e.toString());
            }
        }
    }
}
