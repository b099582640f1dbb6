package io.github.mfaoverride.benchmarks;

import io.github.mfaoverride.MfaOverride;
import io.github.mfaoverride.command.AnswerStepUp;
import io.github.mfaoverride.command.BeginMfaOptIn;
import io.github.mfaoverride.command.BeginPhoneChange;
import io.github.mfaoverride.command.CancelRequest;
import io.github.mfaoverride.command.ConfirmMfaOptIn;
import io.github.mfaoverride.command.SendCode;
import io.github.mfaoverride.command.VerifyCode;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.outcome.BeginOutcome;
import io.github.mfaoverride.outcome.CancelOutcome;
import io.github.mfaoverride.outcome.OptInOutcome;
import io.github.mfaoverride.outcome.SendOutcome;
import io.github.mfaoverride.outcome.StepUpOutcome;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.workflow.RequestId;

/**
 * Drives one admin's phone changes on one user, or one admin's MFA opt-in, step by step, and fails loudly on any
 * outcome but success, so a benchmark never counts a refusal as work done. Each completed change moves the user
 * between two numbers, since the facade refuses a number that is already enrolled. One driver per thread; not
 * thread-safe.
 */
final class FlowDriver {

    private final MfaOverride mfa;
    private final CapturedCodes phones;
    private final UserId admin;
    private final UserId target;
    private boolean onSecondPhone;

    FlowDriver(MfaOverride mfa, CapturedCodes phones, Fixtures.Pair pair) {
        this.mfa = mfa;
        this.phones = phones;
        this.admin = pair.admin();
        this.target = pair.target();
    }

    /** Begin, step-up, send and verify: one complete change. */
    void fullFlow() {
        RequestId id = begin();
        String proof = stepUp(id);
        send(id, proof);
        verify(id, proof);
    }

    RequestId begin() {
        BeginOutcome outcome = mfa.begin(new BeginPhoneChange(admin, target));
        if (outcome instanceof BeginOutcome.Started started) {
            return started.requestId();
        }
        throw unexpected("begin", outcome);
    }

    String stepUp(RequestId id) {
        StepUpOutcome outcome = mfa.answerStepUp(new AnswerStepUp(id, admin, Fixtures.STEP_UP_ANSWER));
        if (outcome instanceof StepUpOutcome.Passed passed) {
            return passed.stepUpProof();
        }
        throw unexpected("step-up", outcome);
    }

    void send(RequestId id, String proof) {
        String number = onSecondPhone ? Fixtures.FIRST_PHONE : Fixtures.SECOND_PHONE;
        SendOutcome outcome = mfa.sendCode(new SendCode(id, admin, proof, number, "US", DeliveryMethod.SMS));
        if (!(outcome instanceof SendOutcome.CodeSent)) {
            throw unexpected("send", outcome);
        }
    }

    void verify(RequestId id, String proof) {
        VerifyOutcome outcome = mfa.verifyCode(new VerifyCode(id, admin, proof, phones.take(id)));
        if (!(outcome instanceof VerifyOutcome.Completed)) {
            throw unexpected("verify", outcome);
        }
        onSecondPhone = !onSecondPhone;
    }

    UserId admin() {
        return admin;
    }

    UserId target() {
        return target;
    }

    void cancel(RequestId id) {
        CancelOutcome outcome = mfa.cancel(new CancelRequest(id, admin));
        if (!(outcome instanceof CancelOutcome.Cancelled)) {
            throw unexpected("cancel", outcome);
        }
    }

    /**
     * The admin opts in to MFA on their own number: a code is issued, then verified. The admin must not have MFA
     * yet; callers turn it off again between runs.
     */
    void optIn() {
        OptInOutcome begun = mfa.beginMfaOptIn(new BeginMfaOptIn(admin, Fixtures.OPT_IN_PHONE, "US",
                DeliveryMethod.SMS));
        if (!(begun instanceof OptInOutcome.CodeSentForOptIn sent)) {
            throw unexpected("opt-in", begun);
        }
        RequestId id = sent.requestId();
        VerifyOutcome confirmed = mfa.confirmMfaOptIn(new ConfirmMfaOptIn(id, admin, phones.take(id)));
        if (!(confirmed instanceof VerifyOutcome.Completed)) {
            throw unexpected("confirm opt-in", confirmed);
        }
    }

    private static IllegalStateException unexpected(String step, Object outcome) {
        return new IllegalStateException(step + " did not succeed: " + outcome);
    }
}
