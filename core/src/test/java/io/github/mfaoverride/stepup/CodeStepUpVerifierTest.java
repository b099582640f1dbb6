package io.github.mfaoverride.stepup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mfaoverride.adapters.inmemory.InMemoryCodeOutbox;
import io.github.mfaoverride.code.VerificationCodes;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.error.ErrorCode;
import io.github.mfaoverride.port.CodeMessage;
import io.github.mfaoverride.port.CodePurpose;
import io.github.mfaoverride.port.DeliveryOutcome;
import io.github.mfaoverride.port.DeliveryRefusal;
import io.github.mfaoverride.port.StepUpChallenge;
import io.github.mfaoverride.port.StepUpCheck;
import io.github.mfaoverride.port.StepUpContext;
import io.github.mfaoverride.port.StepUpUnavailableException;
import io.github.mfaoverride.testkit.MutableClock;
import io.github.mfaoverride.testkit.TestUsers;
import io.github.mfaoverride.workflow.RequestId;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The built-in step-up: a code to the admin's own enrolled phone, checked statelessly from the reference.
 */
class CodeStepUpVerifierTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    private final MutableClock clock = MutableClock.startingMonday();
    private final InMemoryCodeOutbox outbox = new InMemoryCodeOutbox();
    private final VerificationCodes codes = new VerificationCodes(SECRET, 6, new SecureRandom());
    private final CodeStepUpVerifier verifier = new CodeStepUpVerifier(outbox, codes, clock, Duration.ofMinutes(5));
    private final User admin = TestUsers.user("admin").mfaOn("+12015550103").build();
    private final StepUpContext context = new StepUpContext(RequestId.of("r-1"), admin, UserId.of("user"),
            clock.instant().plus(Duration.ofMinutes(15)));

    @Test
    void beginWhenTheAdminHasAPhoneThenACodeGoesThereAndThePromptIsMasked() {
        StepUpChallenge challenge = verifier.begin(context);

        CodeMessage message = outbox.delivered().get(0);
        assertThat(message.destination()).isEqualTo(admin.mfa().phone().orElseThrow());
        assertThat(message.purpose()).isEqualTo(CodePurpose.STEP_UP);
        assertThat(message.method()).isEqualTo(DeliveryMethod.SMS);
        assertThat(message.validFor()).isEqualTo(Duration.ofMinutes(5));
        assertThat(challenge.prompt()).isEqualTo("Enter the code sent by SMS to +1 ***-***-0103");
        assertThat(challenge.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(challenge.reference()).doesNotContain(message.code());
    }

    @Test
    void beginWhenTheAdminsPhoneIsALandlineThenTheCodeIsCalledOut() {
        User landline = TestUsers.user("admin").mfaOn("+442079460018").build();

        verifier.begin(new StepUpContext(RequestId.of("r-1"), landline, UserId.of("user"),
                clock.instant().plusSeconds(900)));

        assertThat(outbox.delivered().get(0).method()).isEqualTo(DeliveryMethod.VOICE);
    }

    @Test
    void beginWhenTheRequestEndsSoonerThenTheChallengeEndsWithIt() {
        Instant requestEnd = clock.instant().plusSeconds(60);

        StepUpChallenge challenge = verifier.begin(new StepUpContext(RequestId.of("r-1"), admin, UserId.of("user"),
                requestEnd));

        assertThat(challenge.expiresAt()).isEqualTo(requestEnd);
        assertThat(outbox.delivered().get(0).validFor()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void verifyWhenTheCodeIsRightThenPassedAndWrongThenFailed() {
        StepUpChallenge challenge = verifier.begin(context);
        String code = outbox.delivered().get(0).code();

        assertThat(verifier.verify(context, challenge.reference(), code)).isEqualTo(StepUpCheck.PASSED);
        assertThat(verifier.verify(context, challenge.reference(), code.equals("000000") ? "111111" : "000000"))
                .isEqualTo(StepUpCheck.FAILED);
    }

    @Test
    void verifyWhenExactlyAtExpiryThenExpired() {
        StepUpChallenge challenge = verifier.begin(context);
        String code = outbox.delivered().get(0).code();

        clock.advance(Duration.ofMinutes(5).minusMillis(1));
        assertThat(verifier.verify(context, challenge.reference(), code)).isEqualTo(StepUpCheck.PASSED);
        clock.advance(Duration.ofMillis(1));
        assertThat(verifier.verify(context, challenge.reference(), code)).isEqualTo(StepUpCheck.EXPIRED);
    }

    @Test
    void verifyWhenTheContextDiffersThenFailed() {
        StepUpChallenge challenge = verifier.begin(context);
        String code = outbox.delivered().get(0).code();

        StepUpContext otherRequest = new StepUpContext(RequestId.of("r-2"), admin, UserId.of("user"),
                context.notAfter());
        StepUpContext otherTarget = new StepUpContext(RequestId.of("r-1"), admin, UserId.of("someone-else"),
                context.notAfter());
        StepUpContext otherPhone = new StepUpContext(RequestId.of("r-1"),
                TestUsers.user("admin").mfaOn("+12015550104").build(), UserId.of("user"), context.notAfter());

        assertThat(verifier.verify(otherRequest, challenge.reference(), code)).isEqualTo(StepUpCheck.FAILED);
        assertThat(verifier.verify(otherTarget, challenge.reference(), code)).isEqualTo(StepUpCheck.FAILED);
        assertThat(verifier.verify(otherPhone, challenge.reference(), code)).isEqualTo(StepUpCheck.FAILED);
    }

    @Test
    void verifyWhenTheReferenceIsTamperedOrTheAdminLostThePhoneThenFailed() {
        StepUpChallenge challenge = verifier.begin(context);
        String code = outbox.delivered().get(0).code();
        String reference = challenge.reference();
        long expiry = Long.parseLong(reference.substring(0, reference.indexOf(':')));
        String extended = (expiry + 60_000) + reference.substring(reference.indexOf(':'));
        User phoneless = TestUsers.user("admin").build();

        assertThat(verifier.verify(context, "no-colon", code)).isEqualTo(StepUpCheck.FAILED);
        assertThat(verifier.verify(context, "abc:def", code)).isEqualTo(StepUpCheck.FAILED);
        assertThat(verifier.verify(context, extended, code)).isEqualTo(StepUpCheck.FAILED);
        assertThat(verifier.verify(new StepUpContext(RequestId.of("r-1"), phoneless, UserId.of("user"),
                context.notAfter()), reference, code)).isEqualTo(StepUpCheck.FAILED);
    }

    @Test
    void beginWhenTheAdminHasNoPhoneThenNoUsableFactor() {
        User phoneless = TestUsers.user("admin").build();

        assertThatThrownBy(() -> verifier.begin(new StepUpContext(RequestId.of("r-1"), phoneless, UserId.of("u"),
                context.notAfter()))).isInstanceOfSatisfying(StepUpUnavailableException.class, e ->
                        assertThat(e.reason()).isEqualTo(StepUpUnavailableException.Reason.NO_USABLE_FACTOR));
    }

    @Test
    void beginWhenTheProviderRefusesOrFailsThenUnavailableWithTheMatchingReason() {
        outbox.scriptNext(new DeliveryOutcome.Refused(DeliveryRefusal.OPTED_OUT, "opted out"),
                new DeliveryOutcome.TransientFailure("timeout", Optional.empty()));

        assertThatThrownBy(() -> verifier.begin(context)).isInstanceOfSatisfying(StepUpUnavailableException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(StepUpUnavailableException.Reason.REFUSED);
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION);
                });
        assertThatThrownBy(() -> verifier.begin(context)).isInstanceOfSatisfying(StepUpUnavailableException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(StepUpUnavailableException.Reason.TEMPORARILY_UNAVAILABLE);
                    assertThat(e.code()).isEqualTo(ErrorCode.TRANSIENT_FAILURE);
                });
    }

    @Test
    void constructorWhenTheLifetimeIsOutOfRangeThenRejected() {
        assertThatThrownBy(() -> new CodeStepUpVerifier(outbox, codes, clock, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CodeStepUpVerifier(outbox, codes, clock, Duration.ofMinutes(11)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CodeStepUpVerifier(outbox, codes, clock, null))
                .hasMessageContaining("lifetime");
        assertThat(new CodeStepUpVerifier(outbox, codes, clock, Duration.ofMinutes(10))).isNotNull();
    }
}
