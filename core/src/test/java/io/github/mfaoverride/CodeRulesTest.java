package io.github.mfaoverride;

import static io.github.mfaoverride.FlowFixture.MERCHANT_ADMIN;
import static io.github.mfaoverride.FlowFixture.MERCHANT_USER;
import static io.github.mfaoverride.FlowFixture.NEW_NUMBER;
import static io.github.mfaoverride.FlowFixture.NEW_NUMBER_NATIONAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mfaoverride.command.ResendCode;
import io.github.mfaoverride.error.InvalidInputException;
import io.github.mfaoverride.outcome.Locked;
import io.github.mfaoverride.outcome.RefusalReason;
import io.github.mfaoverride.outcome.Refused;
import io.github.mfaoverride.outcome.SendOutcome;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.workflow.PhoneChangeRequest;
import io.github.mfaoverride.workflow.RequestId;
import io.github.mfaoverride.workflow.RequestState;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules on codes, through the facade: storage, expiry, attempts, cooldown and the send cap.
 */
class CodeRulesTest {

    private final FlowFixture world = new FlowFixture();

    @Test
    void sendCodeWhenACodeIsStoredThenNoStoredFieldHoldsItInPlaintext() throws Exception {
        FlowFixture.Started started = world.started();
        List<PhoneChangeRequest> snapshots = new ArrayList<>();
        snapshots.add(world.request(started.id()));
        world.verify(started.id(), MERCHANT_ADMIN, started.proof(), FlowFixture.wrong(started.code()));
        snapshots.add(world.request(started.id()));

        for (PhoneChangeRequest stored : snapshots) {
            assertThat(stored.toString()).doesNotContain(started.code()).doesNotContain(NEW_NUMBER)
                    .doesNotContain(NEW_NUMBER_NATIONAL);
            for (RecordComponent component : PhoneChangeRequest.class.getRecordComponents()) {
                String value = String.valueOf(component.getAccessor().invoke(stored));
                assertThat(value).as(component.getName()).doesNotContain(started.code());
            }
            assertThat(stored.codeDigest()).hasValueSatisfying(digest -> assertThat(digest).matches("[0-9a-f]{64}"));
        }
    }

    @Test
    void verifyCodeWhenOneMillisecondBeforeExpiryThenTheCodeWorks() {
        FlowFixture.Started started = world.started();
        Instant expiry = world.request(started.id()).codeExpiresAt().orElseThrow();
        world.clock.set(expiry.minusMillis(1));

        assertThat(world.verify(started.id(), MERCHANT_ADMIN, started.proof(), started.code()))
                .isInstanceOf(VerifyOutcome.Completed.class);
    }

    @Test
    void verifyCodeWhenExactlyAtExpiryThenRefusedAsExpiredAndNotCounted() {
        FlowFixture.Started started = world.started();
        Instant expiry = world.request(started.id()).codeExpiresAt().orElseThrow();
        assertThat(expiry).isEqualTo(world.clock.instant().plus(Duration.ofMinutes(10)));
        world.clock.set(expiry);

        VerifyOutcome outcome = world.verify(started.id(), MERCHANT_ADMIN, started.proof(), started.code());

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.CODE_EXPIRED));
        assertThat(world.request(started.id()).codeFailures()).isZero();
        assertThat(world.phoneOf(MERCHANT_USER).e164()).isEqualTo(FlowFixture.OLD_NUMBER);
    }

    @Test
    void verifyCodeWhenTheLifetimeIsConfiguredShorterThenExpiresAtThatBoundary() {
        world.configure(builder -> builder.codeLifetime(Duration.ofMinutes(3)));
        FlowFixture.Started started = world.started();

        world.clock.advance(Duration.ofMinutes(3));

        assertThat(world.verify(started.id(), MERCHANT_ADMIN, started.proof(), started.code()))
                .isInstanceOfSatisfying(Refused.class, refused ->
                        assertThat(refused.reason()).isEqualTo(RefusalReason.CODE_EXPIRED));
    }

    @Test
    void verifyCodeWhenFiveWrongCodesAreEnteredThenTheRequestLocksAndForgetsTheCode() {
        FlowFixture.Started started = world.started();
        String wrong = FlowFixture.wrong(started.code());

        List<VerifyOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            outcomes.add(world.verify(started.id(), MERCHANT_ADMIN, started.proof(), wrong));
        }

        assertThat(outcomes).containsExactly(new VerifyOutcome.WrongCode(4), new VerifyOutcome.WrongCode(3),
                new VerifyOutcome.WrongCode(2), new VerifyOutcome.WrongCode(1), new Locked(started.id()));
        PhoneChangeRequest locked = world.request(started.id());
        assertThat(locked.state()).isEqualTo(RequestState.LOCKED);
        assertThat(locked.codeFailures()).isEqualTo(5);
        assertThat(locked.codeDigest()).isEmpty();
    }

    @Test
    void verifyCodeWhenTheLimitIsConfiguredThenLocksAtThatCount() {
        world.configure(builder -> builder.maxCodeFailures(2));
        FlowFixture.Started started = world.started();
        String wrong = FlowFixture.wrong(started.code());

        assertThat(world.verify(started.id(), MERCHANT_ADMIN, started.proof(), wrong))
                .isEqualTo(new VerifyOutcome.WrongCode(1));
        assertThat(world.verify(started.id(), MERCHANT_ADMIN, started.proof(), wrong))
                .isEqualTo(new Locked(started.id()));
    }

    @Test
    void resendCodeWhenWithinTheCooldownThenRefusedWithTheTimeItIsAllowed() {
        FlowFixture.Started started = world.started();
        Instant allowedAt = world.clock.instant().plusSeconds(30);
        world.clock.advance(Duration.ofSeconds(30).minusMillis(1));

        SendOutcome outcome = world.mfa.resendCode(new ResendCode(started.id(), MERCHANT_ADMIN, started.proof(), null));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(RefusalReason.RESEND_TOO_SOON);
            assertThat(refused.retryAt()).contains(allowedAt);
        });
        assertThat(world.outbox.delivered()).hasSize(1);
        assertThat(world.request(started.id()).sendCount()).isEqualTo(1);
    }

    @Test
    void resendCodeWhenTheCooldownIsOverThenANewCodeReplacesTheOldOne() {
        FlowFixture.Started started = world.started();
        world.clock.advance(Duration.ofSeconds(30));

        SendOutcome outcome = world.mfa.resendCode(new ResendCode(started.id(), MERCHANT_ADMIN, started.proof(), null));
        String fresh = world.lastCode();

        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.CodeSent.class, sent ->
                assertThat(sent.sendsLeft()).isEqualTo(1));
        assertThat(world.outbox.delivered()).hasSize(2);
        if (!fresh.equals(started.code())) {
            assertThat(world.verify(started.id(), MERCHANT_ADMIN, started.proof(), started.code()))
                    .isInstanceOf(VerifyOutcome.WrongCode.class);
        }
        assertThat(world.verify(started.id(), MERCHANT_ADMIN, started.proof(), fresh))
                .isInstanceOf(VerifyOutcome.Completed.class);
    }

    @Test
    void resendCodeWhenThreeCodesWereSentThenRefusedAtTheCap() {
        FlowFixture.Started started = world.started();
        for (int i = 0; i < 2; i++) {
            world.clock.advance(Duration.ofSeconds(30));
            assertThat(world.mfa.resendCode(new ResendCode(started.id(), MERCHANT_ADMIN, started.proof(), null)))
                    .isInstanceOf(SendOutcome.CodeSent.class);
        }
        world.clock.advance(Duration.ofSeconds(30));

        SendOutcome outcome = world.mfa.resendCode(new ResendCode(started.id(), MERCHANT_ADMIN, started.proof(), null));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.SEND_LIMIT_REACHED));
        assertThat(world.phoneChangeMessages()).hasSize(3);
        assertThat(world.request(started.id()).sendCount()).isEqualTo(3);
    }

    @Test
    void resendCodeWhenCodesFailedBeforeThenTheFailureCountIsNotReset() {
        FlowFixture.Started started = world.started();
        String wrong = FlowFixture.wrong(started.code());
        world.verify(started.id(), MERCHANT_ADMIN, started.proof(), wrong);
        world.verify(started.id(), MERCHANT_ADMIN, started.proof(), wrong);
        world.clock.advance(Duration.ofSeconds(30));

        world.mfa.resendCode(new ResendCode(started.id(), MERCHANT_ADMIN, started.proof(), null));

        assertThat(world.request(started.id()).codeFailures()).isEqualTo(2);
        assertThat(world.verify(started.id(), MERCHANT_ADMIN, started.proof(), FlowFixture.wrong(world.lastCode())))
                .isEqualTo(new VerifyOutcome.WrongCode(2));
    }

    @Test
    void sendCodeWhenCodeLengthIsConfiguredThenCodesHaveThatManyDigitsAndOthersAreMalformed() {
        world.configure(builder -> builder.codeLength(8));
        FlowFixture.Started started = world.started();

        assertThat(started.code()).matches("\\d{8}");
        assertThatThrownBy(() -> world.verify(started.id(), MERCHANT_ADMIN, started.proof(), "123456"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.violation()).isEqualTo(InvalidInputException.Violation.MALFORMED);
                });
        assertThat(world.request(started.id()).codeFailures()).isZero();
    }

    @Test
    void verifyCodeWhenTheCodeWasUsedForAnotherRequestThenItDoesNotVerifyHere() {
        FlowFixture.Started first = world.started();
        RequestId second = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        String proof = world.passStepUp(second, MERCHANT_ADMIN);
        world.send(second, MERCHANT_ADMIN, proof, NEW_NUMBER);
        String secondCode = world.lastCode();

        if (!secondCode.equals(first.code())) {
            assertThat(world.verify(second, MERCHANT_ADMIN, proof, first.code()))
                    .isInstanceOf(VerifyOutcome.WrongCode.class);
        }
        assertThat(world.verify(second, MERCHANT_ADMIN, proof, secondCode)).isInstanceOf(VerifyOutcome.Completed.class);
    }
}
