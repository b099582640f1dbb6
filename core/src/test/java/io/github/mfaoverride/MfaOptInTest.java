package io.github.mfaoverride;

import static io.github.mfaoverride.FlowFixture.MERCHANT;
import static io.github.mfaoverride.FlowFixture.MERCHANT_USER;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import io.github.mfaoverride.authorization.Ineligibility;
import io.github.mfaoverride.command.BeginMfaOptIn;
import io.github.mfaoverride.command.ConfirmMfaOptIn;
import io.github.mfaoverride.domain.AdminRole;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.domain.UserStatus;
import io.github.mfaoverride.outcome.OptInOutcome;
import io.github.mfaoverride.outcome.RefusalReason;
import io.github.mfaoverride.outcome.Refused;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.port.CodeMessage;
import io.github.mfaoverride.port.CodePurpose;
import io.github.mfaoverride.port.DeliveryOutcome;
import io.github.mfaoverride.port.DeliveryRefusal;
import io.github.mfaoverride.port.NumberRejection;
import io.github.mfaoverride.port.NumberVerdict;
import io.github.mfaoverride.testkit.TestUsers;
import io.github.mfaoverride.workflow.RequestId;
import io.github.mfaoverride.workflow.RequestState;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The article's opt-in rule: an admin's number is validated automatically; if it is not, the admin is asked to
 * enter a different number or contact support.
 */
class MfaOptInTest {

    private static final UserId NEWCOMER = UserId.of("newcomer-admin");
    private static final String NUMBER = "+12015550144";
    private static final String CONTACT = "+1 800 555 0199";
    private static final String GUIDANCE = "Enter a different phone number or contact support: " + CONTACT;

    private final FlowFixture world = new FlowFixture();

    MfaOptInTest() {
        world.save(TestUsers.user(NEWCOMER.value()).in(MERCHANT).grant(AdminRole.MERCHANT_ADMIN, MERCHANT));
        world.configure(builder -> builder.supportContact(CONTACT));
    }

    @Test
    void confirmMfaOptInWhenTheNumberIsAcceptedAndTheCodeComesBackThenMfaIsEnabledOnIt() {
        OptInOutcome begun = world.mfa.beginMfaOptIn(new BeginMfaOptIn(NEWCOMER, NUMBER, null, DeliveryMethod.SMS));

        assertThat(begun).isInstanceOfSatisfying(OptInOutcome.CodeSentForOptIn.class, sent ->
                assertThat(sent.sent().maskedDestination()).isEqualTo("+1 ***-***-0144"));
        RequestId id = ((OptInOutcome.CodeSentForOptIn) begun).requestId();
        CodeMessage message = world.outbox.delivered().get(0);
        assertThat(message.destination().e164()).isEqualTo(NUMBER);
        assertThat(message.purpose()).isEqualTo(CodePurpose.MFA_OPT_IN);
        assertThat(world.user(NEWCOMER).mfa().enabled()).isFalse();

        VerifyOutcome confirmed = world.mfa.confirmMfaOptIn(new ConfirmMfaOptIn(id, NEWCOMER, message.code()));

        assertThat(confirmed).isInstanceOf(VerifyOutcome.Completed.class);
        User enrolled = world.user(NEWCOMER);
        assertThat(enrolled.mfa().enabled()).isTrue();
        assertThat(enrolled.mfa().phone()).map(phone -> phone.e164()).contains(NUMBER);
        assertThat(enrolled.mfa().phoneVerifiedAt()).contains(world.clock.instant());
        assertThat(world.request(id).state()).isEqualTo(RequestState.COMPLETED);
    }

    @Test
    void confirmMfaOptInWhenTheCodeIsWrongThenMfaStaysOff() {
        OptInOutcome begun = world.mfa.beginMfaOptIn(new BeginMfaOptIn(NEWCOMER, NUMBER, null, DeliveryMethod.SMS));
        RequestId id = ((OptInOutcome.CodeSentForOptIn) begun).requestId();

        VerifyOutcome outcome = world.mfa.confirmMfaOptIn(new ConfirmMfaOptIn(id, NEWCOMER,
                FlowFixture.wrong(world.lastCode())));

        assertThat(outcome).isEqualTo(new VerifyOutcome.WrongCode(4));
        assertThat(world.user(NEWCOMER).mfa().enabled()).isFalse();
    }

    @Test
    void beginMfaOptInWhenScreeningRefusesTheNumberThenGuidanceNamesTheConfiguredContact() {
        world.configure(builder -> builder.supportContact(CONTACT).numberScreening((number, method) ->
                new NumberVerdict.Rejected(NumberRejection.NOT_VERIFIABLE, "lookup")));

        OptInOutcome outcome = world.mfa.beginMfaOptIn(new BeginMfaOptIn(NEWCOMER, NUMBER, null, DeliveryMethod.SMS));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(RefusalReason.NUMBER_REJECTED);
            assertThat(refused.detail()).contains("NOT_VERIFIABLE");
            assertThat(refused.guidance()).contains(GUIDANCE);
        });
        assertNothingHappened();
    }

    @Test
    void beginMfaOptInWhenTheNumberIsPremiumRateThenRefusedWithGuidance() {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        String premium = util.format(util.getExampleNumberForType("GB", PhoneNumberType.PREMIUM_RATE),
                PhoneNumberFormat.E164);

        for (DeliveryMethod method : DeliveryMethod.values()) {
            OptInOutcome outcome = world.mfa.beginMfaOptIn(new BeginMfaOptIn(NEWCOMER, premium, null, method));

            assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused -> {
                assertThat(refused.reason()).isEqualTo(RefusalReason.METHOD_CANNOT_REACH_NUMBER);
                assertThat(refused.guidance()).contains(GUIDANCE);
            });
        }
        assertNothingHappened();
    }

    @Test
    void beginMfaOptInWhenTheNumberIsInvalidThenRefusedWithGuidance() {
        OptInOutcome outcome = world.mfa.beginMfaOptIn(new BeginMfaOptIn(NEWCOMER, "555-01", "US",
                DeliveryMethod.SMS));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(RefusalReason.NUMBER_INVALID);
            assertThat(refused.guidance()).contains(GUIDANCE);
        });
        assertNothingHappened();
    }

    @Test
    void beginMfaOptInWhenTheProviderRefusesTheNumberThenRefusedWithGuidance() {
        world.outbox.scriptNext(new DeliveryOutcome.Refused(DeliveryRefusal.INVALID_NUMBER, "not in service"));

        OptInOutcome outcome = world.mfa.beginMfaOptIn(new BeginMfaOptIn(NEWCOMER, NUMBER, null, DeliveryMethod.SMS));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(RefusalReason.DELIVERY_REFUSED);
            assertThat(refused.guidance()).contains(GUIDANCE);
        });
        assertThat(world.user(NEWCOMER).mfa().enabled()).isFalse();
    }

    @Test
    void beginMfaOptInWhenNoContactIsConfiguredThenTheDefaultContactIsNamed() {
        world.configure(builder -> builder);

        OptInOutcome outcome = world.mfa.beginMfaOptIn(new BeginMfaOptIn(NEWCOMER, "12345", "US",
                DeliveryMethod.SMS));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.guidance())
                .contains("Enter a different phone number or contact support: your support desk"));
    }

    @Test
    void beginMfaOptInWhenTheProviderFailsForNowThenRefusedWithoutGuidance() {
        world.outbox.scriptNext(new DeliveryOutcome.TransientFailure("timeout", Optional.empty()));

        OptInOutcome outcome = world.mfa.beginMfaOptIn(new BeginMfaOptIn(NEWCOMER, NUMBER, null, DeliveryMethod.SMS));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(RefusalReason.DELIVERY_UNAVAILABLE);
            assertThat(refused.guidance()).isEmpty();
        });
    }

    @Test
    void beginMfaOptInWhenMfaIsAlreadyEnabledThenRefused() {
        OptInOutcome outcome = world.mfa.beginMfaOptIn(new BeginMfaOptIn(FlowFixture.MERCHANT_ADMIN, NUMBER, null,
                DeliveryMethod.SMS));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(RefusalReason.MFA_ALREADY_ENABLED);
            assertThat(refused.guidance()).isEmpty();
        });
    }

    @Test
    void beginMfaOptInWhenTheUserIsNoAdminOrNotActiveThenRefusedAsIneligible() {
        world.save(TestUsers.user("idle-admin").in(MERCHANT).status(UserStatus.INACTIVE)
                .grant(AdminRole.MERCHANT_ADMIN, MERCHANT));
        world.save(TestUsers.user("plain-user").in(MERCHANT));

        OptInOutcome idle = world.mfa.beginMfaOptIn(new BeginMfaOptIn(UserId.of("idle-admin"), NUMBER, null,
                DeliveryMethod.SMS));
        OptInOutcome plain = world.mfa.beginMfaOptIn(new BeginMfaOptIn(UserId.of("plain-user"), NUMBER, null,
                DeliveryMethod.SMS));

        assertThat(idle).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.ineligibilities()).containsExactly(Ineligibility.ADMIN_NOT_ACTIVE));
        assertThat(plain).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.ineligibilities()).containsExactly(Ineligibility.ADMIN_HAS_NO_ADMIN_ROLE));
        assertThat(world.outbox.delivered()).isEmpty();
    }

    @Test
    void confirmMfaOptInWhenThePhoneChangeRequestIdIsGivenThenRefusedAsWrongKind() {
        FlowFixture.Started started = world.started();

        VerifyOutcome outcome = world.mfa.confirmMfaOptIn(new ConfirmMfaOptIn(started.id(),
                FlowFixture.MERCHANT_ADMIN, started.code()));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.WRONG_STATE));
        assertThat(world.phoneOf(MERCHANT_USER).e164()).isEqualTo(FlowFixture.OLD_NUMBER);
    }

    @Test
    void confirmMfaOptInWhenNoCodeReachedTheNumberThenRefusedAsWrongState() {
        world.outbox.scriptNext(new DeliveryOutcome.TransientFailure("timeout", Optional.empty()));
        world.mfa.beginMfaOptIn(new BeginMfaOptIn(NEWCOMER, NUMBER, null, DeliveryMethod.SMS));
        RequestId id = world.store.requests().findOpenByTarget(NEWCOMER).orElseThrow().id();

        VerifyOutcome outcome = world.mfa.confirmMfaOptIn(new ConfirmMfaOptIn(id, NEWCOMER, "123456"));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.state()).contains(RequestState.STEP_UP_PASSED));
        assertThat(world.user(NEWCOMER).mfa().enabled()).isFalse();
    }

    private void assertNothingHappened() {
        assertThat(world.store.requests().size()).isZero();
        assertThat(world.outbox.delivered()).isEmpty();
        assertThat(world.user(NEWCOMER).mfa().enabled()).isFalse();
        assertThat(world.user(NEWCOMER).version()).isZero();
    }
}
