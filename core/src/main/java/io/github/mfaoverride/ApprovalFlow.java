package io.github.mfaoverride;

import static io.github.mfaoverride.RequestSteps.refuse;

import io.github.mfaoverride.authorization.Eligibility;
import io.github.mfaoverride.domain.MfaEnrollment;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.error.UnknownEntityException;
import io.github.mfaoverride.internal.Inputs;
import io.github.mfaoverride.outcome.ApprovalOutcome;
import io.github.mfaoverride.outcome.RefusalReason;
import io.github.mfaoverride.outcome.Refused;
import io.github.mfaoverride.workflow.PhoneChangeRequest;
import io.github.mfaoverride.workflow.RequestId;
import io.github.mfaoverride.workflow.RequestState;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The four-eyes rule's second half: a second eligible admin approves or rejects a change whose code was verified.
 * Every rule is applied again, to the approver and to the admin who began the change.
 */
final class ApprovalFlow {

    private static final Logger LOG = LoggerFactory.getLogger(MfaOverride.class);

    private final Wiring wiring;
    private final RequestSteps steps;

    ApprovalFlow(Wiring wiring, RequestSteps steps) {
        this.wiring = wiring;
        this.steps = steps;
    }

    // Not yet: the approver passes no step-up of their own; approval trusts the approver's signed-in session.
    // Requiring a step-up proof on ApproveChange, as the first admin's steps do, would lift this.
    ApprovalOutcome approve(RequestId requestId, UserId approverId) {
        Step step = openForApproval(requestId, approverId);
        PhoneChangeRequest request = step.request();
        User target = step.target();
        PhoneNumber destination = request.destination().orElseThrow();
        // The request's last update is the moment the right code came back: when possession was proven.
        MfaEnrollment enrollment = new MfaEnrollment(target.mfa().enabled(), Optional.of(destination),
                Optional.of(request.updatedAt()));
        steps.complete(request, target, enrollment, step.now());
        LOG.info("request {} approved by admin {} and completed: user {} now uses {}", request.id(),
                approverId, target.id(), destination);
        return new ApprovalOutcome.Approved(target.id(), destination.masked());
    }

    ApprovalOutcome reject(RequestId requestId, UserId approverId) {
        Step step = openForApproval(requestId, approverId);
        steps.end(step.request(), RequestState.CANCELLED, step.now());
        LOG.info("request {} rejected by admin {}", requestId, approverId);
        return new ApprovalOutcome.Rejected(requestId);
    }

    /** Reads the request awaiting approval and both admins, and applies every rule; the approver is the actor. */
    private Step openForApproval(RequestId requestId, UserId approverId) {
        Inputs.present("requestId", requestId);
        Inputs.present("approverId", approverId);
        PhoneChangeRequest request = wiring.requests().find(requestId)
                .orElseThrow(() -> new UnknownEntityException("request", requestId.value()));
        Trace.current().request(request);
        User approver = steps.loadUser("approverId", approverId);
        User target = steps.loadUser("targetId", request.targetId());
        Trace.current().users(approver, target);
        if (request.state() != RequestState.AWAITING_APPROVAL) {
            throw refuse(Refused.wrongState(request.state(), "approval"));
        }
        Instant now = wiring.now();
        if (request.isExpiredAt(now)) {
            steps.end(request, RequestState.EXPIRED, now);
            throw refuse(Refused.because(RefusalReason.APPROVAL_EXPIRED,
                    "no second admin approved before " + request.expiresAt()));
        }
        if (approverId.equals(request.adminId())) {
            throw refuse(Refused.because(RefusalReason.SELF_APPROVAL,
                    "the admin who began the change cannot approve it; a second admin must"));
        }
        if (approverId.equals(target.id())) {
            throw refuse(Refused.because(RefusalReason.APPROVER_INELIGIBLE,
                    "the user cannot approve their own change"));
        }
        Eligibility approverEligibility = wiring.authorization().evaluate(approver, target);
        if (!approverEligibility.isEligible()) {
            throw refuse(new Refused(RefusalReason.APPROVER_INELIGIBLE, approverEligibility.reasons(),
                    Optional.empty(), Optional.empty(), "the approver may not act on this user: "
                    + approverEligibility.reasons(), Optional.empty()));
        }
        User requester = steps.loadUser("adminId", request.adminId());
        Eligibility requesterEligibility = wiring.authorization().evaluate(requester, target);
        if (!requesterEligibility.isEligible()) {
            steps.end(request, RequestState.REVOKED, now);
            throw refuse(Refused.ineligible(requesterEligibility.reasons()));
        }
        return new Step(request, approver, target, now);
    }
}
