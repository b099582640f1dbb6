package io.github.mfaoverride;

import static io.github.mfaoverride.FlowFixture.MERCHANT_ADMIN;
import static io.github.mfaoverride.FlowFixture.MERCHANT_USER;
import static io.github.mfaoverride.FlowFixture.NEW_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mfaoverride.command.AnswerStepUp;
import io.github.mfaoverride.command.BeginMfaOptIn;
import io.github.mfaoverride.command.BeginPhoneChange;
import io.github.mfaoverride.command.CancelRequest;
import io.github.mfaoverride.command.ConfirmMfaOptIn;
import io.github.mfaoverride.command.ResendCode;
import io.github.mfaoverride.command.SendCode;
import io.github.mfaoverride.command.VerifyCode;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.OrganizationId;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.error.ErrorCode;
import io.github.mfaoverride.error.InvalidInputException;
import io.github.mfaoverride.error.InvalidInputException.Violation;
import io.github.mfaoverride.error.MfaOverrideException;
import io.github.mfaoverride.error.UnknownEntityException;
import io.github.mfaoverride.outcome.Locked;
import io.github.mfaoverride.outcome.RefusalReason;
import io.github.mfaoverride.outcome.Refused;
import io.github.mfaoverride.workflow.PhoneChangeRequest;
import io.github.mfaoverride.workflow.RequestId;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to the facade, checked by the facade itself (it never relies on a Jakarta Validation provider): each
 * gets a typed error naming the field, and nothing changes.
 */
class InputValidationTest {

    private static final String LONG_PROOF = "p".repeat(513);
    private static final String LONG_NUMBER = "1".repeat(65);

    private final FlowFixture world = new FlowFixture();
    private final FlowFixture.Started started = world.started();

    /** One call to the facade, given the facade and a started request with its proof. */
    @FunctionalInterface
    interface Call {
        void run(MfaOverride mfa, RequestId id, String proof) throws Throwable;
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("eligibility admin null", "adminId", Violation.MISSING, (mfa, id, proof) ->
                        mfa.eligibility(null, MERCHANT_USER)),
                bad("eligibility target null", "targetId", Violation.MISSING,
                        (mfa, id, proof) -> mfa.eligibility(MERCHANT_ADMIN, null)),
                bad("begin null command", "command", Violation.MISSING, (mfa, id, proof) -> mfa.begin(null)),
                bad("begin admin null", "adminId", Violation.MISSING,
                        (mfa, id, proof) -> mfa.begin(new BeginPhoneChange(null, MERCHANT_USER))),
                bad("begin target null", "targetId", Violation.MISSING,
                        (mfa, id, proof) -> mfa.begin(new BeginPhoneChange(MERCHANT_ADMIN, null))),
                bad("step-up null command", "command", Violation.MISSING, (mfa, id, proof) -> mfa.answerStepUp(null)),
                bad("step-up null request", "requestId", Violation.MISSING,
                        (mfa, id, proof) -> mfa.answerStepUp(new AnswerStepUp(null, MERCHANT_ADMIN, "approve"))),
                bad("step-up blank response", "response", Violation.BLANK,
                        (mfa, id, proof) -> mfa.answerStepUp(new AnswerStepUp(id, MERCHANT_ADMIN, "  "))),
                bad("step-up null response", "response", Violation.MISSING,
                        (mfa, id, proof) -> mfa.answerStepUp(new AnswerStepUp(id, MERCHANT_ADMIN, null))),
                bad("step-up oversized response", "response", Violation.TOO_LONG,
                        (mfa, id, proof) -> mfa.answerStepUp(new AnswerStepUp(id, MERCHANT_ADMIN, LONG_PROOF))),
                bad("step-up control characters", "response", Violation.MALFORMED,
                        (mfa, id, proof) -> mfa.answerStepUp(new AnswerStepUp(id, MERCHANT_ADMIN, "ok\u0000"))),
                bad("send null command", "command", Violation.MISSING, (mfa, id, proof) -> mfa.sendCode(null)),
                bad("send null proof", "stepUpProof", Violation.MISSING, (mfa, id, proof) -> mfa.sendCode(
                        new SendCode(id, MERCHANT_ADMIN, null, NEW_NUMBER, null, DeliveryMethod.SMS))),
                bad("send oversized proof", "stepUpProof", Violation.TOO_LONG, (mfa, id, proof) -> mfa.sendCode(
                        new SendCode(id, MERCHANT_ADMIN, LONG_PROOF, NEW_NUMBER, null, DeliveryMethod.SMS))),
                bad("correct null admin", "adminId", Violation.MISSING, (mfa, id, proof) -> mfa.correctNumber(
                        new SendCode(id, null, proof, NEW_NUMBER, null, DeliveryMethod.SMS))),
                bad("correct null number", "phoneNumber", Violation.MISSING, (mfa, id, proof) -> mfa.correctNumber(
                        new SendCode(id, MERCHANT_ADMIN, proof, null, null, DeliveryMethod.SMS))),
                bad("correct blank number", "phoneNumber", Violation.BLANK, (mfa, id, proof) -> mfa.correctNumber(
                        new SendCode(id, MERCHANT_ADMIN, proof, " ", null, DeliveryMethod.SMS))),
                bad("correct oversized number", "phoneNumber", Violation.TOO_LONG, (mfa, id, proof) ->
                        mfa.correctNumber(new SendCode(id, MERCHANT_ADMIN, proof, LONG_NUMBER, null,
                                DeliveryMethod.SMS))),
                bad("correct malformed region", "regionHint", Violation.MALFORMED, (mfa, id, proof) ->
                        mfa.correctNumber(new SendCode(id, MERCHANT_ADMIN, proof, "2015550122", "USA",
                                DeliveryMethod.SMS))),
                bad("correct null method", "method", Violation.MISSING, (mfa, id, proof) -> mfa.correctNumber(
                        new SendCode(id, MERCHANT_ADMIN, proof, "+12015550133", null, null))),
                bad("resend null command", "command", Violation.MISSING, (mfa, id, proof) -> mfa.resendCode(null)),
                bad("resend blank proof", "stepUpProof", Violation.BLANK,
                        (mfa, id, proof) -> mfa.resendCode(new ResendCode(id, MERCHANT_ADMIN, "", null))),
                bad("verify null command", "command", Violation.MISSING, (mfa, id, proof) -> mfa.verifyCode(null)),
                bad("verify null code", "code", Violation.MISSING,
                        (mfa, id, proof) -> mfa.verifyCode(new VerifyCode(id, MERCHANT_ADMIN, proof, null))),
                bad("verify short code", "code", Violation.MALFORMED,
                        (mfa, id, proof) -> mfa.verifyCode(new VerifyCode(id, MERCHANT_ADMIN, proof, "12345"))),
                bad("verify letters", "code", Violation.MALFORMED,
                        (mfa, id, proof) -> mfa.verifyCode(new VerifyCode(id, MERCHANT_ADMIN, proof, "12a456"))),
                bad("verify oversized code", "code", Violation.MALFORMED,
                        (mfa, id, proof) ->
                                mfa.verifyCode(new VerifyCode(id, MERCHANT_ADMIN, proof, "1".repeat(5000)))),
                bad("verify null proof", "stepUpProof", Violation.MISSING,
                        (mfa, id, proof) -> mfa.verifyCode(new VerifyCode(id, MERCHANT_ADMIN, null, "123456"))),
                bad("cancel null command", "command", Violation.MISSING, (mfa, id, proof) -> mfa.cancel(null)),
                bad("cancel null request", "requestId", Violation.MISSING,
                        (mfa, id, proof) -> mfa.cancel(new CancelRequest(null, MERCHANT_ADMIN))),
                bad("cancel null admin", "adminId", Violation.MISSING,
                        (mfa, id, proof) -> mfa.cancel(new CancelRequest(id, null))),
                bad("opt-in null command", "command", Violation.MISSING, (mfa, id, proof) -> mfa.beginMfaOptIn(null)),
                bad("opt-in null admin", "adminId", Violation.MISSING,
                        (mfa, id, proof) ->
                                mfa.beginMfaOptIn(new BeginMfaOptIn(null, NEW_NUMBER, null, DeliveryMethod.SMS))),
                bad("confirm null code", "code", Violation.MISSING,
                        (mfa, id, proof) -> mfa.confirmMfaOptIn(new ConfirmMfaOptIn(id, MERCHANT_ADMIN, null))),
                bad("purge null retention", "retention", Violation.MISSING, (mfa, id, proof) ->
                        mfa.purgeExpired(null, 10)),
                bad("purge zero batch", "maxCount", Violation.MALFORMED,
                        (mfa, id, proof) -> mfa.purgeExpired(Duration.ZERO, 0)),
                bad("purge huge batch", "maxCount", Violation.MALFORMED,
                        (mfa, id, proof) -> mfa.purgeExpired(Duration.ZERO, 10_001)),
                bad("user id blank", "userId", Violation.BLANK, (mfa, id, proof) -> UserId.of(" ")),
                bad("user id oversized", "userId", Violation.TOO_LONG, (mfa, id, proof) -> UserId.of("u".repeat(129))),
                bad("user id control characters", "userId", Violation.MALFORMED, (mfa, id, proof) -> UserId.of("u\nv")),
                bad("request id oversized", "requestId", Violation.TOO_LONG, (mfa, id, proof) ->
                        RequestId.of("r".repeat(65))),
                bad("organization id null", "organizationId", Violation.MISSING, (mfa, id, proof) ->
                        OrganizationId.of(null)));
    }

    private static Arguments bad(String name, String field, Violation violation, Call call) {
        return Arguments.of(name, field, violation, call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void facadeWhenInputIsBadThenInvalidInputNamesTheFieldAndNothingChanges(String name, String field,
            Violation violation, Call call) {
        Snapshot before = snapshot();

        assertThatThrownBy(() -> call.run(world.mfa, started.id(), started.proof())).as(name)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.violation()).isEqualTo(violation);
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
                });

        assertThat(snapshot()).isEqualTo(before);
    }

    static Stream<Arguments> unknownIds() {
        UserId ghost = UserId.of("ghost");
        RequestId missing = RequestId.of("missing");
        return Stream.of(
                Arguments.of("eligibility admin", "user", "ghost", (Call) (mfa, id, proof) -> mfa.eligibility(ghost,
                        MERCHANT_USER)),
                Arguments.of("eligibility target", "user", "ghost", (Call) (mfa, id, proof) -> mfa.eligibility(
                        MERCHANT_ADMIN, ghost)),
                Arguments.of("begin admin", "user", "ghost", (Call) (mfa, id, proof) -> mfa.begin(
                        new BeginPhoneChange(ghost, MERCHANT_USER))),
                Arguments.of("begin target", "user", "ghost", (Call) (mfa, id, proof) -> mfa.begin(
                        new BeginPhoneChange(MERCHANT_ADMIN, ghost))),
                Arguments.of("step-up request", "request", "missing", (Call) (mfa, id, proof) -> mfa.answerStepUp(
                        new AnswerStepUp(missing, MERCHANT_ADMIN, "approve"))),
                Arguments.of("send request", "request", "missing", (Call) (mfa, id, proof) -> mfa.sendCode(
                        new SendCode(missing, MERCHANT_ADMIN, proof, NEW_NUMBER, null, DeliveryMethod.SMS))),
                Arguments.of("resend request", "request", "missing", (Call) (mfa, id, proof) -> mfa.resendCode(
                        new ResendCode(missing, MERCHANT_ADMIN, proof, null))),
                Arguments.of("verify request", "request", "missing", (Call) (mfa, id, proof) -> mfa.verifyCode(
                        new VerifyCode(missing, MERCHANT_ADMIN, proof, "123456"))),
                Arguments.of("cancel request", "request", "missing", (Call) (mfa, id, proof) -> mfa.cancel(
                        new CancelRequest(missing, MERCHANT_ADMIN))),
                Arguments.of("opt-in admin", "user", "ghost", (Call) (mfa, id, proof) -> mfa.beginMfaOptIn(
                        new BeginMfaOptIn(ghost, NEW_NUMBER, null, DeliveryMethod.SMS))),
                Arguments.of("confirm request", "request", "missing", (Call) (mfa, id, proof) -> mfa.confirmMfaOptIn(
                        new ConfirmMfaOptIn(missing, MERCHANT_ADMIN, "123456"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownIds")
    void facadeWhenAnIdIsUnknownThenUnknownEntityNamesItAndNothingChanges(String name, String entity, String id,
            Call call) {
        Snapshot before = snapshot();

        assertThatThrownBy(() -> call.run(world.mfa, started.id(), started.proof())).as(name)
                .isInstanceOfSatisfying(UnknownEntityException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_ENTITY);
                    assertThat(e.entity()).isEqualTo(entity);
                    assertThat(e.id()).isEqualTo(id);
                });

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void sendCodeWhenTheNumberIsMalformedThenRefusedAsInvalidAndNothingIsSent() {
        Snapshot before = snapshot();

        Object outcome = world.mfa.correctNumber(new SendCode(started.id(), MERCHANT_ADMIN, started.proof(),
                "call me maybe", "US", DeliveryMethod.SMS));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.NUMBER_INVALID));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void sendCodeWhenTheStepIsInTheWrongStateThenRefusedAndNothingChanges() {
        Snapshot before = snapshot();

        Object outcome = world.send(started.id(), MERCHANT_ADMIN, started.proof(), "+12015550133");

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.WRONG_STATE));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void buildWhenARequiredPortOrSettingIsMissingOrOutOfRangeThenConfigurationError() {
        List<Executable> wrongs = List.of(
                () -> MfaOverride.builder().build(),
                () -> world.configure(builder -> builder.codeLifetime(Duration.ofMinutes(11))),
                () -> world.configure(builder -> builder.codeLifetime(Duration.ZERO)),
                () -> world.configure(builder -> builder.requestLifetime(null)),
                () -> world.configure(builder -> builder.stepUpFreshness(Duration.ofSeconds(-1))),
                () -> world.configure(builder -> builder.codeLength(5)),
                () -> world.configure(builder -> builder.codeLength(11)),
                () -> world.configure(builder -> builder.maxCodeFailures(0)),
                () -> world.configure(builder -> builder.maxStepUpFailures(0)),
                () -> world.configure(builder -> builder.maxSendsPerRequest(0)),
                () -> world.configure(builder -> builder.resendCooldown(Duration.ofSeconds(-1))),
                () -> world.configure(builder -> builder.supportContact(" ")),
                () -> world.configure(builder -> builder.secret(new byte[16])));

        for (Executable wrong : wrongs) {
            assertThatThrownBy(wrong::execute).isInstanceOfSatisfying(MfaOverrideException.class, e ->
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION));
        }
    }

    @Test
    void buildWhenEachRequiredPortIsMissingThenConfigurationErrorNamesIt() {
        Map<String, UnaryOperator<MfaOverride.Builder>> missing = Map.of(
                "directory", builder -> builder.requests(world.store.requests())
                        .transactions(world.store.transactions()).codeDelivery(world.outbox).secret(FlowFixture.SECRET),
                "requests", builder -> builder.directory(world.store.directory())
                        .transactions(world.store.transactions()).codeDelivery(world.outbox).secret(FlowFixture.SECRET),
                "transactions", builder -> builder.directory(world.store.directory()).requests(world.store.requests())
                        .codeDelivery(world.outbox).secret(FlowFixture.SECRET),
                "codeDelivery", builder -> builder.directory(world.store.directory()).requests(world.store.requests())
                        .transactions(world.store.transactions()).secret(FlowFixture.SECRET),
                "secret", builder -> builder.directory(world.store.directory()).requests(world.store.requests())
                        .transactions(world.store.transactions()).codeDelivery(world.outbox));

        missing.forEach((name, partial) -> assertThatThrownBy(() -> partial.apply(MfaOverride.builder()).build())
                .isInstanceOfSatisfying(MfaOverrideException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION);
                    assertThat(e.getMessage()).isEqualTo(name + " must be set");
                }));
    }

    @Test
    void facadeWhenValuesSitExactlyOnTheirLimitsThenTheyAreAccepted() {
        world.configure(builder -> builder.maxCodeFailures(1).maxSendsPerRequest(1).resendCooldown(Duration.ZERO)
                .codeLength(10).random(new SecureRandom()));

        assertThat(world.mfa.purgeExpired(Duration.ZERO, 1)).isZero();
        assertThat(world.mfa.purgeExpired(Duration.ZERO, 10_000)).isZero();
        assertThat(UserId.of("u".repeat(128)).value()).hasSize(128);
        assertThat(RequestId.of("r".repeat(64)).toString()).isEqualTo("r".repeat(64));
        assertThat(UserId.of("someone").toString()).isEqualTo("someone");
        assertThat(OrganizationId.of("org").toString()).isEqualTo("org");
        FlowFixture.Started fresh = world.started();
        assertThat(fresh.code()).hasSize(10);
        assertThat(world.verify(fresh.id(), MERCHANT_ADMIN, fresh.proof(), FlowFixture.wrong(fresh.code())))
                .isEqualTo(new Locked(fresh.id()));
    }

    @Test
    void buildWhenNullIsPassedToASetterThenNamesIt() {
        assertThatThrownBy(() -> MfaOverride.builder().clock(null)).hasMessage("clock cannot be null");
        assertThatThrownBy(() -> MfaOverride.builder().directory(null)).hasMessage("directory cannot be null");
        assertThatThrownBy(() -> MfaOverride.builder().secret(null)).hasMessage("secret cannot be null");
    }

    private Snapshot snapshot() {
        return new Snapshot(world.request(started.id()), world.store.directory().listUsers(),
                world.outbox.delivered().size(), world.store.requests().size());
    }

    private record Snapshot(PhoneChangeRequest request, List<User> users, int delivered, int requests) {
    }
}
