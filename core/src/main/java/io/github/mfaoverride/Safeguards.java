package io.github.mfaoverride;

import io.github.mfaoverride.approval.ApprovalRule;
import io.github.mfaoverride.audit.AuditTrail;
import io.github.mfaoverride.event.MfaEventListener;
import io.github.mfaoverride.limits.Lockouts;
import io.github.mfaoverride.limits.RateLimitCounters;
import io.github.mfaoverride.limits.RateLimiter;
import io.github.mfaoverride.notice.ChangeNotifier;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The abuse guards and accountability the builder assembled: cross-request limits and lockouts, the audit trail,
 * change notices, the four-eyes rule and event listeners. Each is optional; absent ones do nothing.
 */
record Safeguards(
        Optional<RateLimitCounters> counters,
        Optional<RateLimiter> rateLimiter,
        Optional<Lockouts> lockouts,
        Optional<AuditTrail> auditTrail,
        Optional<ChangeNotifier> notifier,
        ApprovalRule approvalRule,
        Duration approvalLifetime,
        List<MfaEventListener> listeners) {

    Safeguards {
        listeners = List.copyOf(listeners);
    }
}
