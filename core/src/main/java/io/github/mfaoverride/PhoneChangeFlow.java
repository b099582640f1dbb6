package io.github.mfaoverride;

import static io.github.mfaoverride.RequestSteps.refuse;

import io.github.mfaoverride.authorization.Eligibility;
import io.github.mfaoverride.command.AnswerStepUp;
import io.github.mfaoverride.command.BeginPhoneChange;
import io.github.mfaoverride.command.CancelRequest;
import io.github.mfaoverride.command.ResendCode;
import io.github.mfaoverride.command.SendCode;
import io.github.mfaoverride.command.VerifyCode;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.error.UnknownEntityException;
import io.github.mfaoverride.internal.Inputs;
import io.github.mfaoverride.limits.GuessReservation;
import io.github.mfaoverride.outcome.BeginOutcome;
import io.github.mfaoverride.outcome.CancelOutcome;
import io.github.mfaoverride.outcome.Locked;
import io.github.mfaoverride.outcome.RefusalReason;
import io.github.mfaoverride.outcome.Refused;
import io.github.mfaoverride.outcome.SendOutcome.CodeSent;
import io.github.mfaoverride.outcome.StepUpOutcome;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.port.CodePurpose;
import io.github.mfaoverride.port.StepUpChallenge;
import io.github.mfaoverride.port.StepUpCheck;
import io.github.mfaoverride.port.StepUpContext;
import io.github.mfaoverride.port.StepUpUnavailableException;
import io.github.mfaoverride.workflow.PhoneChangeRequest;
import io.github.mfaoverride.workflow.RequestId;
import io.github.mfaoverride.workflow.RequestKind;
import io.github.mfaoverride.workflow.RequestState;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin-assisted phone change, step by step. Each method reads everything again and applies every rule;
 * only the step-up proof is carried between steps.
 */
final class PhoneChangeFlow {

    private static final Logger LOG = LoggerFactory.getLogger(MfaOverride.class);
    private static final int MAX_RESPONSE_LENGTH = 512;

    private final Wiring wiring;
    private final RequestSteps steps;

    PhoneChangeFlow(Wiring wiring, RequestSteps steps) {
        this.wiring = wiring;
        this.steps = steps;
    }

    BeginOutcome begin(BeginPhoneChange command) {
        Inputs.present("command", command);
        User admin = steps.loadUser("adminId", command.adminId());
        User target = steps.loadUser("targetId", command.targetId());

        Trace.current().users(admin, target);
        Eligibility eligibility = wiring.authorization().evaluate(admin, target);
        if (!eligibility.isEligible()) {
            throw refuse(Refused.ineligible(eligibility.reasons()));
        }

        Instant now = wiring.now();
        steps.guards().beforeBegin(admin, target, now);
        RequestId id = RequestId.random();
        Instant expiresAt = now.plus(wiring.settings().requestLifetime());
        StepUpChallenge challenge;
        try {
            challenge = wiring.stepUpVerifier().begin(new StepUpContext(id, admin, target.id(), expiresAt));
        } catch (StepUpUnavailableException e) {
            throw refuse(Refused.because(RefusalReason.STEP_UP_UNAVAILABLE, e.reason() + ": " + e.getMessage()));
        }
        PhoneChangeRequest opened = PhoneChangeRequest.openPhoneChange(id, admin.id(), target.id(),
                challenge.reference(), now, expiresAt);
        Trace.current().request(steps.supersedeAndInsert(opened));
        LOG.info("request {} started: admin {} changes the phone of user {}", id, admin.id(), target.id());
        return new BeginOutcome.Started(id, challenge.prompt(), challenge.expiresAt(), expiresAt);
    }

    StepUpOutcome answerStepUp(AnswerStepUp command) {
        Inputs.present("command", command);
        Inputs.text("response", command.response(), MAX_RESPONSE_LENGTH);
        Step step = steps.open(command.requestId(), command.adminId(), RequestKind.PHONE_CHANGE, "step-up");
        steps.requireState(step, RequestState.AWAITING_STEP_UP, "step-up");

        PhoneChangeRequest request = step.request();
        StepUpContext context = new StepUpContext(request.id(), step.admin(), step.target().id(),
                request.expiresAt());
        GuessReservation guess = steps.guards().reserveGuess(step);
        StepUpCheck check;
        try {
            check = wiring.stepUpVerifier().verify(context, request.stepUpReference().orElseThrow(),
                    command.response());
        } catch (RuntimeException e) {
            // A verifier fault judged nothing: give the reserved guess back so provider outages lock no one out.
            guess.right(step.now());
            throw e;
        }

        if (check == StepUpCheck.EXPIRED) {
            guess.right(step.now());
            steps.end(request, RequestState.EXPIRED, step.now());
            throw refuse(Refused.because(RefusalReason.STEP_UP_EXPIRED, "the step-up challenge expired"));
        }
        if (check == StepUpCheck.FAILED) {
            steps.guards().wrongGuess(guess, step.now());
            int max = wiring.settings().maxStepUpFailures();
            // A spent cross-request budget (target or admin) locks this request too: it can take no more guesses.
            int lockAt = guess.remainingAfterThis() == 0 ? request.stepUpFailures() + 1 : max;
            PhoneChangeRequest counted = wiring.requests().update(request.stepUpFailed(step.now(), lockAt));
            Trace.current().request(counted);
            if (counted.state() == RequestState.LOCKED) {
                LOG.info("request {} locked after {} wrong step-up responses", request.id(), counted.stepUpFailures());
                return new Locked(request.id());
            }
            LOG.info("wrong step-up response for request {} ({} of {})", request.id(), counted.stepUpFailures(), max);
            return new StepUpOutcome.WrongResponse(Math.min(max - counted.stepUpFailures(),
                    guess.remainingAfterThis()));
        }
        guess.right(step.now());
        Trace.current().request(wiring.requests().update(request.stepUpPassed(step.now())));
        LOG.info("request {}: admin {} passed the step-up", request.id(), step.admin().id());
        String proof = wiring.proofs().issue(request.id(), step.admin().id(), step.target().id(), step.now());
        Instant sendBefore = step.now().plus(wiring.settings().stepUpFreshness());
        return new StepUpOutcome.Passed(proof, sendBefore.isBefore(request.expiresAt()) ? sendBefore
                : request.expiresAt());
    }

    CodeSent sendCode(SendCode command) {
        Inputs.present("command", command);
        Inputs.present("method", command.method());
        Step step = openWithProof(command.requestId(), command.adminId(), command.stepUpProof(), "send code");
        steps.requireState(step, RequestState.STEP_UP_PASSED, "send code");
        requireFreshStepUp(step);
        return sendToNewNumber(step, command);
    }

    CodeSent correctNumber(SendCode command) {
        Inputs.present("command", command);
        Inputs.present("method", command.method());
        Step step = openWithProof(command.requestId(), command.adminId(), command.stepUpProof(), "correct number");
        steps.requireState(step, RequestState.CODE_SENT, "correct number");
        requireFreshStepUp(step);
        return sendToNewNumber(step, command);
    }

    /**
     * A code to a new number binds a new authenticator, so it needs a fresh step-up: the first send and a
     * correction alike. A resend to the same number does not.
     */
    private void requireFreshStepUp(Step step) {
        Instant passedAt = step.request().stepUpPassedAt().orElseThrow();
        if (!step.now().isBefore(passedAt.plus(wiring.settings().stepUpFreshness()))) {
            steps.end(step.request(), RequestState.EXPIRED, step.now());
            throw refuse(Refused.because(RefusalReason.STEP_UP_STALE, "the step-up is no longer fresh; begin again"));
        }
    }

    CodeSent resendCode(ResendCode command) {
        Inputs.present("command", command);
        Step step = openWithProof(command.requestId(), command.adminId(), command.stepUpProof(), "resend");
        steps.requireState(step, RequestState.CODE_SENT, "resend");
        DeliveryMethod method = command.method() != null ? command.method() : step.request().method().orElseThrow();
        return steps.screenAndSend(step, step.request().destination().orElseThrow(), method,
                step.target().locale(), CodePurpose.PHONE_CHANGE);
    }

    VerifyOutcome verifyCode(VerifyCode command) {
        Inputs.present("command", command);
        steps.requireCodeShape(command.code());
        Step step = openWithProof(command.requestId(), command.adminId(), command.stepUpProof(), "verify");
        steps.requireState(step, RequestState.CODE_SENT, "verify");
        return steps.checkCode(step, command.code(), false);
    }

    CancelOutcome cancel(CancelRequest command) {
        Inputs.present("command", command);
        Inputs.present("requestId", command.requestId());
        Inputs.present("adminId", command.adminId());
        PhoneChangeRequest request = wiring.requests().find(command.requestId()).orElseThrow(() ->
                new UnknownEntityException("request", command.requestId().value()));
        Trace.current().request(request);
        if (!request.adminId().equals(command.adminId())) {
            throw refuse(Refused.because(RefusalReason.NOT_YOUR_REQUEST, "request belongs to another admin"));
        }
        if (request.state().isTerminal()) {
            throw refuse(Refused.wrongState(request.state(), "cancel"));
        }
        Instant now = wiring.now();
        steps.endIfExpired(request, now);
        steps.end(request, RequestState.CANCELLED, now);
        return new CancelOutcome.Cancelled(request.id());
    }

    private CodeSent sendToNewNumber(Step step, SendCode command) {
        PhoneNumber typed = steps.parseNumber(command.phoneNumber(), command.regionHint());
        if (step.target().mfa().phone().filter(typed::equals).isPresent()) {
            throw refuse(Refused.because(RefusalReason.NUMBER_UNCHANGED, "that is the number already enrolled"));
        }
        return steps.screenAndSend(step, typed, command.method(), step.target().locale(), CodePurpose.PHONE_CHANGE);
    }

    private Step openWithProof(RequestId id, UserId adminId, String proof, String name) {
        Inputs.text("stepUpProof", proof, MAX_RESPONSE_LENGTH);
        Step step = steps.open(id, adminId, RequestKind.PHONE_CHANGE, name);
        boolean valid = wiring.proofs().verify(proof, id, step.admin().id(), step.target().id())
                .filter(issuedAt -> step.request().stepUpPassedAt().filter(issuedAt::equals).isPresent())
                .isPresent();
        if (!valid) {
            throw refuse(Refused.because(RefusalReason.STEP_UP_PROOF_INVALID,
                    "the step-up proof does not belong to this request, admin and user"));
        }
        return step;
    }
}
