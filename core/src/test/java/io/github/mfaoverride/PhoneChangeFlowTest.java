package io.github.mfaoverride;

import static io.github.mfaoverride.FlowFixture.MERCHANT;
import static io.github.mfaoverride.FlowFixture.MERCHANT_ADMIN;
import static io.github.mfaoverride.FlowFixture.MERCHANT_USER;
import static io.github.mfaoverride.FlowFixture.NEW_NUMBER;
import static io.github.mfaoverride.FlowFixture.OLD_NUMBER;
import static io.github.mfaoverride.FlowFixture.OTHER_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mfaoverride.adapters.inmemory.ScriptedStepUpVerifier;
import io.github.mfaoverride.command.AnswerStepUp;
import io.github.mfaoverride.command.BeginPhoneChange;
import io.github.mfaoverride.command.ResendCode;
import io.github.mfaoverride.command.SendCode;
import io.github.mfaoverride.domain.AdminRole;
import io.github.mfaoverride.code.VerificationCodes;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.PhoneLineType;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.error.InvalidInputException;
import io.github.mfaoverride.outcome.BeginOutcome;
import io.github.mfaoverride.outcome.Locked;
import io.github.mfaoverride.outcome.RefusalReason;
import io.github.mfaoverride.outcome.Refused;
import io.github.mfaoverride.outcome.SendOutcome;
import io.github.mfaoverride.outcome.StepUpOutcome;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.port.CodeMessage;
import io.github.mfaoverride.port.CodePurpose;
import io.github.mfaoverride.port.DeliveryOutcome;
import io.github.mfaoverride.port.NumberVerdict;
import io.github.mfaoverride.port.StepUpUnavailableException;
import io.github.mfaoverride.stepup.StepUpProofs;
import io.github.mfaoverride.testkit.TestUsers;
import io.github.mfaoverride.workflow.PhoneChangeRequest;
import io.github.mfaoverride.workflow.RequestId;
import io.github.mfaoverride.workflow.RequestState;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The article's walk through the screens, step by step: extra security step, Edit Phone Number, Enter the Code,
 * and the Users grid afterwards.
 */
class PhoneChangeFlowTest {

    private final FlowFixture world = new FlowFixture();

    @Test
    void verifyCodeWhenTheWholeArticleFlowRunsThenTheUsersGridShowsTheNewNumber() {
        Instant start = world.clock.instant();
        BeginOutcome begun = world.mfa.begin(new BeginPhoneChange(MERCHANT_ADMIN, MERCHANT_USER));
        assertThat(begun).isInstanceOfSatisfying(BeginOutcome.Started.class, started -> {
            assertThat(started.stepUpPrompt()).isNotBlank();
            assertThat(started.requestExpiresAt()).isEqualTo(start.plus(Duration.ofMinutes(15)));
        });
        RequestId id = ((BeginOutcome.Started) begun).requestId();
        assertThat(world.request(id).state()).isEqualTo(RequestState.AWAITING_STEP_UP);

        String proof = world.passStepUp(id, MERCHANT_ADMIN);
        assertThat(world.request(id).state()).isEqualTo(RequestState.STEP_UP_PASSED);

        SendOutcome sent = world.send(id, MERCHANT_ADMIN, proof, NEW_NUMBER);
        assertThat(sent).isInstanceOfSatisfying(SendOutcome.CodeSent.class, codeSent -> {
            assertThat(codeSent.maskedDestination()).isEqualTo("+1 ***-***-0122");
            assertThat(codeSent.method()).isEqualTo(DeliveryMethod.SMS);
            assertThat(codeSent.codeExpiresAt()).isEqualTo(start.plus(Duration.ofMinutes(10)));
            assertThat(codeSent.resendAllowedAt()).isEqualTo(start.plus(Duration.ofSeconds(30)));
            assertThat(codeSent.sendsLeft()).isEqualTo(2);
        });
        assertThat(world.phoneOf(MERCHANT_USER).e164()).isEqualTo(OLD_NUMBER);

        world.clock.advance(Duration.ofMinutes(1));
        VerifyOutcome verified = world.verify(id, MERCHANT_ADMIN, proof, world.lastCode());

        assertThat(verified).isEqualTo(new VerifyOutcome.Completed(MERCHANT_USER, "+1 ***-***-0122"));
        User changed = world.user(MERCHANT_USER);
        assertThat(changed.mfa().enabled()).isTrue();
        assertThat(changed.mfa().phone().orElseThrow().e164()).isEqualTo(NEW_NUMBER);
        assertThat(changed.mfa().phoneVerifiedAt()).contains(world.clock.instant());
        assertThat(changed.version()).isEqualTo(1);
        assertThat(world.store.directory().listUsers()).filteredOn(user -> user.id().equals(MERCHANT_USER))
                .singleElement().extracting(user -> user.mfa().phone().orElseThrow().e164()).isEqualTo(NEW_NUMBER);
        PhoneChangeRequest done = world.request(id);
        assertThat(done.state()).isEqualTo(RequestState.COMPLETED);
        assertThat(done.codeDigest()).isEmpty();
    }

    @Test
    void sendCodeWhenANewNumberIsEnteredThenTheCodeGoesToTheNewNumberOnly() {
        FlowFixture.Started started = world.started();

        CodeMessage message = world.outbox.delivered().get(world.outbox.delivered().size() - 1);
        assertThat(message.destination().e164()).isEqualTo(NEW_NUMBER);
        assertThat(message.purpose()).isEqualTo(CodePurpose.PHONE_CHANGE);
        assertThat(message.code()).isEqualTo(started.code()).matches("\\d{6}");
        assertThat(world.outbox.lastTo(world.phoneOf(MERCHANT_USER))).isEmpty();
        assertThat(message.reference()).isEqualTo(started.id().value());
    }

    @Test
    void sendCodeWhenTheNumberIsTypedNationallyThenTheRegionHintCompletesIt() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        String proof = world.passStepUp(id, MERCHANT_ADMIN);

        SendOutcome sent = world.mfa.sendCode(new SendCode(id, MERCHANT_ADMIN, proof, "(201) 555-0122", "us",
                DeliveryMethod.VOICE));

        assertThat(sent).isInstanceOf(SendOutcome.CodeSent.class);
        assertThat(world.outbox.delivered()).singleElement().satisfies(message -> {
            assertThat(message.destination().e164()).isEqualTo(NEW_NUMBER);
            assertThat(message.method()).isEqualTo(DeliveryMethod.VOICE);
        });
    }

    @Test
    void verifyCodeWhenNotYetVerifiedThenTheNumberHasNotChanged() {
        FlowFixture.Started started = world.started();

        world.clock.advance(Duration.ofMinutes(3));

        assertThat(world.phoneOf(MERCHANT_USER).e164()).isEqualTo(OLD_NUMBER);
        assertThat(world.user(MERCHANT_USER).version()).isZero();
        assertThat(world.request(started.id()).state()).isEqualTo(RequestState.CODE_SENT);
    }

    @Test
    void sendCodeWhenStepUpWasNotPassedThenRefusedAndNothingIsSent() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);

        SendOutcome outcome = world.send(id, MERCHANT_ADMIN, "v1.1767603600000.forged", NEW_NUMBER);

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.STEP_UP_PROOF_INVALID));
        assertThat(world.outbox.delivered()).isEmpty();
        assertThat(world.request(id).state()).isEqualTo(RequestState.AWAITING_STEP_UP);
    }

    @Test
    void answerStepUpWhenResponseIsWrongThenCountsItAndLocksAtTheLimit() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);

        for (int left = 4; left >= 1; left--) {
            assertThat(world.mfa.answerStepUp(new AnswerStepUp(id, MERCHANT_ADMIN, "nope")))
                    .isEqualTo(new StepUpOutcome.WrongResponse(left));
        }
        assertThat(world.mfa.answerStepUp(new AnswerStepUp(id, MERCHANT_ADMIN, "nope"))).isEqualTo(new Locked(id));

        assertThat(world.request(id).state()).isEqualTo(RequestState.LOCKED);
        assertThat(world.request(id).stepUpFailures()).isEqualTo(5);
        assertThat(world.mfa.answerStepUp(new AnswerStepUp(id, MERCHANT_ADMIN, FlowFixture.APPROVE)))
                .isInstanceOfSatisfying(Refused.class, refused ->
                        assertThat(refused.reason()).isEqualTo(RefusalReason.WRONG_STATE));
    }

    @Test
    void answerStepUpWhenTheChallengeExpiredThenRefusedAndTheRequestExpires() {
        world.configure(builder -> builder.stepUpVerifier(
                new ScriptedStepUpVerifier(FlowFixture.APPROVE, world.clock, Duration.ofMinutes(2))));
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);

        world.clock.advance(Duration.ofMinutes(2));
        StepUpOutcome outcome = world.mfa.answerStepUp(new AnswerStepUp(id, MERCHANT_ADMIN, FlowFixture.APPROVE));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.STEP_UP_EXPIRED));
        assertThat(world.request(id).state()).isEqualTo(RequestState.EXPIRED);
    }

    @Test
    void beginWhenTheStepUpCannotStartThenRefusedAndNothingIsStored() {
        world.stepUp.unavailable(new StepUpUnavailableException(StepUpUnavailableException.Reason.NO_USABLE_FACTOR,
                "no factor"));

        BeginOutcome outcome = world.mfa.begin(new BeginPhoneChange(MERCHANT_ADMIN, MERCHANT_USER));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.STEP_UP_UNAVAILABLE));
        assertThat(world.store.requests().size()).isZero();
    }

    @Test
    void sendCodeWhenStepUpIsJustUnderFiveMinutesOldThenTheCodeGoes() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        String proof = world.passStepUp(id, MERCHANT_ADMIN);

        world.clock.advance(Duration.ofMinutes(5).minusMillis(1));

        assertThat(world.send(id, MERCHANT_ADMIN, proof, NEW_NUMBER)).isInstanceOf(SendOutcome.CodeSent.class);
    }

    @Test
    void sendCodeWhenStepUpIsExactlyFiveMinutesOldThenRefusedAsStaleAndTheRequestExpires() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        String proof = world.passStepUp(id, MERCHANT_ADMIN);

        world.clock.advance(Duration.ofMinutes(5));
        SendOutcome outcome = world.send(id, MERCHANT_ADMIN, proof, NEW_NUMBER);

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.STEP_UP_STALE));
        assertThat(world.request(id).state()).isEqualTo(RequestState.EXPIRED);
        assertThat(world.outbox.delivered()).isEmpty();
    }

    @Test
    void answerStepUpWhenPassedThenTellsWhenTheFirstCodeMustGoAtTheConfiguredFreshness() {
        world.configure(builder -> builder.stepUpFreshness(Duration.ofMinutes(2)));
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);

        StepUpOutcome outcome = world.mfa.answerStepUp(new AnswerStepUp(id, MERCHANT_ADMIN, FlowFixture.APPROVE));

        assertThat(outcome).isInstanceOfSatisfying(StepUpOutcome.Passed.class, passed ->
                assertThat(passed.sendFirstCodeBefore()).isEqualTo(world.clock.instant().plus(Duration.ofMinutes(2))));
        world.clock.advance(Duration.ofMinutes(2));
        assertThat(world.send(id, MERCHANT_ADMIN, ((StepUpOutcome.Passed) outcome).stepUpProof(), NEW_NUMBER))
                .isInstanceOfSatisfying(Refused.class, refused ->
                        assertThat(refused.reason()).isEqualTo(RefusalReason.STEP_UP_STALE));
    }

    @Test
    void answerStepUpWhenPassedNearTheEndThenTheFirstCodeDeadlineIsTheRequestsEnd() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        Instant requestEnd = world.request(id).expiresAt();
        world.clock.advance(Duration.ofMinutes(13));

        StepUpOutcome outcome = world.mfa.answerStepUp(new AnswerStepUp(id, MERCHANT_ADMIN, FlowFixture.APPROVE));

        assertThat(outcome).isInstanceOfSatisfying(StepUpOutcome.Passed.class, passed ->
                assertThat(passed.sendFirstCodeBefore()).isEqualTo(requestEnd));
    }

    @Test
    void answerStepUpWhenTheRequestLifetimeIsOverThenRefusedAndTheRequestExpires() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);

        world.clock.advance(Duration.ofMinutes(15));
        StepUpOutcome outcome = world.mfa.answerStepUp(new AnswerStepUp(id, MERCHANT_ADMIN, FlowFixture.APPROVE));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.REQUEST_EXPIRED));
        assertThat(world.request(id).state()).isEqualTo(RequestState.EXPIRED);
    }

    @Test
    void answerStepUpWhenJustInsideTheRequestLifetimeThenPasses() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);

        world.clock.advance(Duration.ofMinutes(15).minusMillis(1));

        assertThat(world.mfa.answerStepUp(new AnswerStepUp(id, MERCHANT_ADMIN, FlowFixture.APPROVE)))
                .isInstanceOf(StepUpOutcome.Passed.class);
    }

    @Test
    void verifyCodeWhenTheRequestLifetimeEndsBeforeTheCodeThenRefusedAndTheNumberStays() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        world.clock.advance(Duration.ofMinutes(12));
        String proof = world.passStepUp(id, MERCHANT_ADMIN);
        SendOutcome sent = world.send(id, MERCHANT_ADMIN, proof, NEW_NUMBER);
        assertThat(sent).isInstanceOfSatisfying(SendOutcome.CodeSent.class, codeSent ->
                assertThat(codeSent.codeExpiresAt()).isEqualTo(world.request(id).expiresAt()));

        world.clock.advance(Duration.ofMinutes(3));
        VerifyOutcome outcome = world.verify(id, MERCHANT_ADMIN, proof, world.lastCode());

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.REQUEST_EXPIRED));
        assertThat(world.phoneOf(MERCHANT_USER).e164()).isEqualTo(OLD_NUMBER);
        assertThat(world.request(id).state()).isEqualTo(RequestState.EXPIRED);
    }

    @Test
    void verifyCodeWhenCalledAgainAfterCompletionThenRefusedAndTheUserIsUpdatedOnce() {
        FlowFixture.Started started = world.started();
        assertThat(world.verify(started.id(), MERCHANT_ADMIN, started.proof(), started.code()))
                .isInstanceOf(VerifyOutcome.Completed.class);
        User once = world.user(MERCHANT_USER);

        VerifyOutcome again = world.verify(started.id(), MERCHANT_ADMIN, started.proof(), started.code());

        assertThat(again).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(RefusalReason.WRONG_STATE);
            assertThat(refused.state()).contains(RequestState.COMPLETED);
        });
        assertThat(world.user(MERCHANT_USER)).isEqualTo(once);
        assertThat(once.version()).isEqualTo(1);
    }

    @Test
    void sendCodeWhenTheProofBelongsToAnotherAdminThenRefused() {
        world.save(TestUsers.user("merchant-admin-2").in(MERCHANT).mfaOn("+12015550108")
                .grant(AdminRole.MERCHANT_ADMIN, MERCHANT));
        UserId otherAdmin = UserId.of("merchant-admin-2");
        world.save(TestUsers.user("merchant-user-b").in(MERCHANT).mfaOn(OTHER_NUMBER));
        RequestId mine = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        String myProof = world.passStepUp(mine, MERCHANT_ADMIN);
        RequestId theirs = world.begin(otherAdmin, UserId.of("merchant-user-b"));
        String theirProof = world.passStepUp(theirs, otherAdmin);

        SendOutcome withTheirProof = world.send(mine, MERCHANT_ADMIN, theirProof, NEW_NUMBER);
        SendOutcome onTheirRequest = world.send(theirs, MERCHANT_ADMIN, myProof, NEW_NUMBER);

        assertThat(withTheirProof).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.STEP_UP_PROOF_INVALID));
        assertThat(onTheirRequest).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.NOT_YOUR_REQUEST));
        assertThat(world.outbox.delivered()).isEmpty();
        assertThat(world.send(mine, MERCHANT_ADMIN, myProof, NEW_NUMBER)).isInstanceOf(SendOutcome.CodeSent.class);
    }

    @Test
    void sendCodeWhenTheProofBelongsToAnotherRequestOfTheSameAdminThenRefused() {
        world.save(TestUsers.user("merchant-user-b").in(MERCHANT).mfaOn(OTHER_NUMBER));
        RequestId first = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        String firstProof = world.passStepUp(first, MERCHANT_ADMIN);
        RequestId second = world.begin(MERCHANT_ADMIN, UserId.of("merchant-user-b"));
        world.passStepUp(second, MERCHANT_ADMIN);

        SendOutcome outcome = world.send(second, MERCHANT_ADMIN, firstProof, NEW_NUMBER);

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.STEP_UP_PROOF_INVALID));
    }

    @Test
    void verifyCodeWhenTheProofIsTamperedThenRefusedAndTheNumberStays() {
        FlowFixture.Started started = world.started();
        String tampered = started.proof().substring(0, started.proof().length() - 2) + "xx";

        VerifyOutcome outcome = world.verify(started.id(), MERCHANT_ADMIN, tampered, started.code());

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.STEP_UP_PROOF_INVALID));
        assertThat(world.phoneOf(MERCHANT_USER).e164()).isEqualTo(OLD_NUMBER);
    }

    @Test
    void beginWhenTheTargetHasAnOpenRequestThenTheOldOneIsSuperseded() {
        FlowFixture.Started first = world.started();

        RequestId second = world.begin(MERCHANT_ADMIN, MERCHANT_USER);

        assertThat(world.request(first.id()).state()).isEqualTo(RequestState.SUPERSEDED);
        assertThat(world.request(first.id()).codeDigest()).isEmpty();
        assertThat(world.request(second).state()).isEqualTo(RequestState.AWAITING_STEP_UP);
        assertThat(world.store.requests().findOpenByTarget(MERCHANT_USER)).map(PhoneChangeRequest::id)
                .contains(second);
    }

    @Test
    void sendCodeWhenTheNumberIsTheEnrolledOneThenRefusedAsUnchanged() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        String proof = world.passStepUp(id, MERCHANT_ADMIN);

        SendOutcome outcome = world.send(id, MERCHANT_ADMIN, proof, OLD_NUMBER);

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.NUMBER_UNCHANGED));
        assertThat(world.outbox.delivered()).isEmpty();
    }

    @Test
    void sendCodeWhenSmsCannotReachALandlineThenRefusedAndVoiceWorks() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        String proof = world.passStepUp(id, MERCHANT_ADMIN);
        String londonLandline = "+442079460018";

        SendOutcome bySms = world.send(id, MERCHANT_ADMIN, proof, londonLandline);
        SendOutcome byVoice = world.mfa.sendCode(new SendCode(id, MERCHANT_ADMIN, proof, londonLandline, null,
                DeliveryMethod.VOICE));

        assertThat(bySms).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.METHOD_CANNOT_REACH_NUMBER));
        assertThat(byVoice).isInstanceOf(SendOutcome.CodeSent.class);
    }

    @Test
    void sendCodeWhenTheNumberIsNotValidThenRefusedAsInvalid() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        String proof = world.passStepUp(id, MERCHANT_ADMIN);

        SendOutcome outcome = world.send(id, MERCHANT_ADMIN, proof, "+1 555");

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.NUMBER_INVALID));
        assertThat(world.request(id).state()).isEqualTo(RequestState.STEP_UP_PASSED);
    }

    @Test
    void correctNumberWhenTheFirstNumberWasMistypedThenTheCodeGoesToTheCorrectedNumberAndOnlyItsCodeWorks() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        String proof = world.passStepUp(id, MERCHANT_ADMIN);
        world.send(id, MERCHANT_ADMIN, proof, OTHER_NUMBER);
        String typoCode = world.lastCode();
        world.clock.advance(Duration.ofSeconds(30));

        SendOutcome corrected = world.mfa.correctNumber(new SendCode(id, MERCHANT_ADMIN, proof, NEW_NUMBER, null,
                DeliveryMethod.SMS));
        String code = world.lastCode();

        assertThat(corrected).isInstanceOfSatisfying(SendOutcome.CodeSent.class, sent -> {
            assertThat(sent.maskedDestination()).isEqualTo("+1 ***-***-0122");
            assertThat(sent.sendsLeft()).isEqualTo(1);
        });
        assertThat(world.request(id).destination()).map(number -> number.e164()).contains(NEW_NUMBER);
        if (!typoCode.equals(code)) {
            assertThat(world.verify(id, MERCHANT_ADMIN, proof, typoCode)).isInstanceOf(VerifyOutcome.WrongCode.class);
        }
        assertThat(world.verify(id, MERCHANT_ADMIN, proof, code)).isInstanceOf(VerifyOutcome.Completed.class);
        assertThat(world.phoneOf(MERCHANT_USER).e164()).isEqualTo(NEW_NUMBER);
    }

    @Test
    void correctNumberWhenTheStepUpIsNoLongerFreshThenRefusedAndNothingIsSent() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        String proof = world.passStepUp(id, MERCHANT_ADMIN);
        world.send(id, MERCHANT_ADMIN, proof, OTHER_NUMBER);
        int sent = world.phoneChangeMessages().size();
        world.clock.advance(Duration.ofMinutes(5));

        SendOutcome corrected = world.mfa.correctNumber(new SendCode(id, MERCHANT_ADMIN, proof, NEW_NUMBER, null,
                DeliveryMethod.SMS));

        assertThat(corrected).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.STEP_UP_STALE));
        assertThat(world.phoneChangeMessages()).hasSize(sent);
        assertThat(world.request(id).state()).isEqualTo(RequestState.EXPIRED);
    }

    @Test
    void resendCodeWhenTheStepUpIsNoLongerFreshThenStillSentToTheSameNumber() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        String proof = world.passStepUp(id, MERCHANT_ADMIN);
        world.send(id, MERCHANT_ADMIN, proof, NEW_NUMBER);
        world.clock.advance(Duration.ofMinutes(6));

        SendOutcome resent = world.mfa.resendCode(new ResendCode(id, MERCHANT_ADMIN, proof, null));

        assertThat(resent).isInstanceOf(SendOutcome.CodeSent.class);
    }

    @Test
    void resendCodeWhenTheLastSendFailedForNowThenTheCooldownStillApplies() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        String proof = world.passStepUp(id, MERCHANT_ADMIN);
        world.send(id, MERCHANT_ADMIN, proof, NEW_NUMBER);
        world.clock.advance(Duration.ofSeconds(30));
        world.outbox.scriptNext(new DeliveryOutcome.TransientFailure("provider busy", Optional.empty()));
        world.mfa.resendCode(new ResendCode(id, MERCHANT_ADMIN, proof, null));

        SendOutcome again = world.mfa.resendCode(new ResendCode(id, MERCHANT_ADMIN, proof, null));

        assertThat(again).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(RefusalReason.RESEND_TOO_SOON);
            assertThat(refused.retryAt()).contains(world.clock.instant().plusSeconds(30));
        });
    }

    @Test
    void sendCodeWhenTheSendCapIsSpentThenTheScreeningIsNotAskedAgain() {
        AtomicInteger screenings = new AtomicInteger();
        world.configure(builder -> builder.numberScreening((number, method) -> {
            screenings.incrementAndGet();
            return new NumberVerdict.Accepted(number, "counting");
        }).maxSendsPerRequest(1));
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        String proof = world.passStepUp(id, MERCHANT_ADMIN);
        world.send(id, MERCHANT_ADMIN, proof, NEW_NUMBER);
        world.clock.advance(Duration.ofMinutes(1));

        SendOutcome resent = world.mfa.resendCode(new ResendCode(id, MERCHANT_ADMIN, proof, null));

        assertThat(resent).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.SEND_LIMIT_REACHED));
        assertThat(screenings).hasValue(1);
    }

    @Test
    void verifyCodeWhenNoCodeWasSentYetThenRefusedAsWrongState() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        String proof = world.passStepUp(id, MERCHANT_ADMIN);

        assertThat(world.verify(id, MERCHANT_ADMIN, proof, "123456")).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.state()).contains(RequestState.STEP_UP_PASSED));
        assertThat(world.mfa.resendCode(new ResendCode(id, MERCHANT_ADMIN, proof, null)))
                .isInstanceOfSatisfying(Refused.class, refused ->
                        assertThat(refused.reason()).isEqualTo(RefusalReason.WRONG_STATE));
        assertThat(world.request(id).codeFailures()).isZero();
    }

    @Test
    void answerStepUpWhenAlreadyPassedThenRefusedAndTheFirstProofStillWorks() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        String proof = world.passStepUp(id, MERCHANT_ADMIN);
        world.clock.advance(Duration.ofSeconds(1));

        StepUpOutcome again = world.mfa.answerStepUp(new AnswerStepUp(id, MERCHANT_ADMIN, FlowFixture.APPROVE));

        assertThat(again).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.state()).contains(RequestState.STEP_UP_PASSED));
        assertThat(world.send(id, MERCHANT_ADMIN, proof, NEW_NUMBER)).isInstanceOf(SendOutcome.CodeSent.class);
    }

    @Test
    void sendCodeWhenTheProofIsSignedForAnotherStepUpTimeThenRefused() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        world.passStepUp(id, MERCHANT_ADMIN);
        Instant passedAt = world.request(id).stepUpPassedAt().orElseThrow();
        StepUpProofs sameKey = new StepUpProofs(new VerificationCodes(FlowFixture.SECRET, 6, new SecureRandom()));

        String earlier = sameKey.issue(id, MERCHANT_ADMIN, MERCHANT_USER, passedAt.minusSeconds(60));

        assertThat(world.send(id, MERCHANT_ADMIN, earlier, NEW_NUMBER)).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.STEP_UP_PROOF_INVALID));
        assertThat(world.send(id, MERCHANT_ADMIN, sameKey.issue(id, MERCHANT_ADMIN, MERCHANT_USER, passedAt),
                NEW_NUMBER)).isInstanceOf(SendOutcome.CodeSent.class);
    }

    @Test
    void sendCodeWhenScreeningFindsTheLineIsALandlineThenSmsIsRefused() {
        world.configure(builder -> builder.numberScreening((number, method) ->
                new NumberVerdict.Accepted(number.withLineType(PhoneLineType.FIXED_LINE), "lookup")));
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        String proof = world.passStepUp(id, MERCHANT_ADMIN);

        assertThat(world.send(id, MERCHANT_ADMIN, proof, NEW_NUMBER)).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.METHOD_CANNOT_REACH_NUMBER));
        assertThat(world.outbox.delivered()).isEmpty();
    }

    @Test
    void sendCodeWhenTheMethodCannotReachTheLineThenScreeningIsNotAsked() {
        AtomicInteger screened = new AtomicInteger();
        world.configure(builder -> builder.numberScreening((number, method) -> {
            screened.incrementAndGet();
            return new NumberVerdict.Accepted(number.withLineType(PhoneLineType.MOBILE), "lookup");
        }));
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        String proof = world.passStepUp(id, MERCHANT_ADMIN);

        assertThat(world.send(id, MERCHANT_ADMIN, proof, "+442079460018")).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.METHOD_CANNOT_REACH_NUMBER));
        assertThat(screened).hasValue(0);
    }

    @Test
    void correctNumberWhenNoCodeWasSentYetThenRefusedAsWrongState() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        String proof = world.passStepUp(id, MERCHANT_ADMIN);

        SendOutcome outcome = world.mfa.correctNumber(new SendCode(id, MERCHANT_ADMIN, proof, NEW_NUMBER, null,
                DeliveryMethod.SMS));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(RefusalReason.WRONG_STATE);
            assertThat(refused.state()).contains(RequestState.STEP_UP_PASSED);
        });
    }

    @Test
    void resendCodeWhenTheOtherMethodIsChosenThenTheSameNumberIsCalled() {
        FlowFixture.Started started = world.started();
        world.clock.advance(Duration.ofSeconds(30));

        SendOutcome outcome = world.mfa.resendCode(new ResendCode(started.id(), MERCHANT_ADMIN, started.proof(),
                DeliveryMethod.VOICE));

        assertThat(outcome).isInstanceOf(SendOutcome.CodeSent.class);
        CodeMessage last = world.outbox.delivered().get(world.outbox.delivered().size() - 1);
        assertThat(last.method()).isEqualTo(DeliveryMethod.VOICE);
        assertThat(last.destination().e164()).isEqualTo(NEW_NUMBER);
        assertThat(world.verify(started.id(), MERCHANT_ADMIN, started.proof(), last.code()))
                .isInstanceOf(VerifyOutcome.Completed.class);
    }

    @Test
    void beginWhenTheBuiltInStepUpIsUsedThenTheStepUpCodeGoesToTheAdminsOwnPhone() {
        world.useBuiltInStepUp();
        BeginOutcome begun = world.mfa.begin(new BeginPhoneChange(MERCHANT_ADMIN, MERCHANT_USER));
        RequestId id = ((BeginOutcome.Started) begun).requestId();
        CodeMessage stepUpMessage = world.outbox.delivered().get(0);
        assertThat(stepUpMessage.purpose()).isEqualTo(CodePurpose.STEP_UP);
        assertThat(stepUpMessage.destination()).isEqualTo(world.phoneOf(MERCHANT_ADMIN));
        assertThat(((BeginOutcome.Started) begun).stepUpPrompt()).contains("+1 ***-***-0103")
                .doesNotContain("2015550103");

        assertThat(world.mfa.answerStepUp(new AnswerStepUp(id, MERCHANT_ADMIN, FlowFixture.wrong(
                stepUpMessage.code())))).isEqualTo(new StepUpOutcome.WrongResponse(4));
        StepUpOutcome passed = world.mfa.answerStepUp(new AnswerStepUp(id, MERCHANT_ADMIN, stepUpMessage.code()));
        assertThat(passed).isInstanceOf(StepUpOutcome.Passed.class);
        String proof = ((StepUpOutcome.Passed) passed).stepUpProof();
        world.send(id, MERCHANT_ADMIN, proof, NEW_NUMBER);

        assertThat(world.verify(id, MERCHANT_ADMIN, proof, world.lastCode())).isInstanceOf(
                VerifyOutcome.Completed.class);
        assertThat(world.phoneOf(MERCHANT_USER).e164()).isEqualTo(NEW_NUMBER);
    }

    @Test
    void answerStepUpWhenTheBuiltInStepUpCodeIsOlderThanTheFreshnessThenRefusedAsExpired() {
        world.useBuiltInStepUp();
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        String code = world.lastCode();

        world.clock.advance(Duration.ofMinutes(5));

        assertThat(world.mfa.answerStepUp(new AnswerStepUp(id, MERCHANT_ADMIN, code)))
                .isInstanceOfSatisfying(Refused.class, refused ->
                        assertThat(refused.reason()).isEqualTo(RefusalReason.STEP_UP_EXPIRED));
    }

    @Test
    void purgeExpiredWhenRequestsEndedLongAgoThenTheyAreDeletedInBatches() {
        world.started();
        world.clock.advance(Duration.ofHours(2));

        assertThat(world.mfa.purgeExpired(Duration.ofHours(1), 10)).isEqualTo(1);
        assertThat(world.store.requests().size()).isZero();
        assertThat(world.mfa.purgeExpired(Duration.ofHours(1), 10)).isZero();
    }

    @Test
    void purgeExpiredWhenRetentionIsNegativeThenInvalidInputAndOpenRequestsStay() {
        FlowFixture.Started started = world.started();

        assertThatThrownBy(() -> world.mfa.purgeExpired(Duration.ofHours(-1), 10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("retention");
                    assertThat(e.violation()).isEqualTo(InvalidInputException.Violation.MALFORMED);
                });
        assertThat(world.store.requests().size()).isEqualTo(1);
        assertThat(world.request(started.id()).state()).isEqualTo(RequestState.CODE_SENT);
    }

    @Test
    void purgeExpiredWhenWithinRetentionThenKeepsTheRequest() {
        world.started();
        world.clock.advance(Duration.ofMinutes(30));

        assertThat(world.mfa.purgeExpired(Duration.ofHours(1), 10)).isZero();
        assertThat(world.store.requests().size()).isEqualTo(1);
    }
}
