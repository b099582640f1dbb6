package io.github.mfaoverride;

import io.github.mfaoverride.audit.AuditStep;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.limits.Lockout;
import io.github.mfaoverride.workflow.PhoneChangeRequest;
import io.github.mfaoverride.workflow.RequestId;
import java.util.ArrayList;
import java.util.List;

/**
 * What one use-case call learned on its way, for its audit record and events: who, which request, where a code
 * went and who judged the number. The facade opens one per call on the calling thread (like a logging MDC);
 * the flows add to it at the points where they learn something. Outside a call, {@link #current()} is a trace
 * nobody reads.
 */
final class Trace {

    private static final ThreadLocal<Trace> CURRENT = new ThreadLocal<>();

    final AuditStep step;
    private final Trace enclosing;
    UserId adminId;
    UserId targetId;
    RequestId requestId;
    User admin;
    User target;
    PhoneChangeRequest request;
    String screeningSource;
    PhoneNumber destination;
    DeliveryMethod method;
    String providerMessageId;
    final List<Lockout> lockouts = new ArrayList<>();

    private Trace(AuditStep step, UserId adminId, RequestId requestId, UserId targetId, Trace enclosing) {
        this.step = step;
        this.enclosing = enclosing;
        this.adminId = adminId;
        this.requestId = requestId;
        this.targetId = targetId;
    }

    /** Opens a call's trace; a call made from inside another (a listener calling the facade) nests. */
    static Trace open(AuditStep step, UserId adminId, RequestId requestId, UserId targetId) {
        Trace trace = new Trace(step, adminId, requestId, targetId, CURRENT.get());
        CURRENT.set(trace);
        return trace;
    }

    /** Closes this trace, making the enclosing call's trace current again, if any. */
    void close() {
        if (enclosing == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(enclosing);
        }
    }

    static Trace current() {
        Trace trace = CURRENT.get();
        return trace != null ? trace : new Trace(AuditStep.BEGIN, null, null, null, null);
    }

    void users(User acting, User whose) {
        admin = acting;
        adminId = acting.id();
        target = whose;
        targetId = whose.id();
    }

    void step(Step step) {
        users(step.admin(), step.target());
        request(step.request());
    }

    void request(PhoneChangeRequest latest) {
        request = latest;
        requestId = latest.id();
        if (targetId == null) {
            targetId = latest.targetId();
        }
    }

    void screenedBy(String source) {
        screeningSource = source;
    }

    void sending(PhoneNumber to, DeliveryMethod by) {
        destination = to;
        method = by;
    }

    void delivered(String messageId) {
        providerMessageId = messageId;
    }

    void lockedOut(List<Lockout> begun) {
        lockouts.addAll(begun);
    }
}
