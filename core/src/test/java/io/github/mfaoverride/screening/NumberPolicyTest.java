package io.github.mfaoverride.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mfaoverride.command.BeginMfaOptIn;
import io.github.mfaoverride.domain.AdminRole;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.PhoneLineType;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.outcome.OptInOutcome;
import io.github.mfaoverride.outcome.RefusalReason;
import io.github.mfaoverride.outcome.Refused;
import io.github.mfaoverride.outcome.SendOutcome;
import io.github.mfaoverride.port.NumberRejection;
import io.github.mfaoverride.port.NumberScreening;
import io.github.mfaoverride.port.NumberVerdict;
import io.github.mfaoverride.scenario.Harness;
import io.github.mfaoverride.testkit.TestUsers;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NumberPolicyTest {

    private static final PhoneNumber US_MOBILE = PhoneNumber.ofE164("+12015550123");
    private static final PhoneNumber US_TOLL_FREE = PhoneNumber.ofE164("+18005550123");
    private static final PhoneNumber FR_PREMIUM = PhoneNumber.ofE164("+33899123456");
    private static final PhoneNumber FR_MOBILE = PhoneNumber.ofE164("+33612345678");
    private static final PhoneNumber INTERNATIONAL_VOIP = PhoneNumber.ofE164("+88216123456");

    @Test
    void screenWhenDefaultsThenPremiumSharedCostAndTollFreeAreRejectedAndVoipAccepted() {
        NumberPolicy policy = NumberPolicy.defaults();

        assertThat(policy.screen(US_TOLL_FREE, DeliveryMethod.VOICE))
                .isEqualTo(new NumberVerdict.Rejected(NumberRejection.LINE_TYPE_NOT_ALLOWED, "number-policy"));
        assertThat(policy.screen(FR_PREMIUM, DeliveryMethod.VOICE))
                .isEqualTo(new NumberVerdict.Rejected(NumberRejection.LINE_TYPE_NOT_ALLOWED, "number-policy"));
        assertThat(policy.screen(US_MOBILE.withLineType(PhoneLineType.SHARED_COST), DeliveryMethod.VOICE))
                .isInstanceOf(NumberVerdict.Rejected.class);
        assertThat(policy.screen(INTERNATIONAL_VOIP, DeliveryMethod.SMS))
                .isEqualTo(new NumberVerdict.Accepted(INTERNATIONAL_VOIP, "number-policy"));
    }

    @Test
    void screenWhenVoipIsBlockedThenVoipIsRejected() {
        NumberPolicy policy = NumberPolicy.builder().blockVoip(true).build();

        assertThat(policy.screen(INTERNATIONAL_VOIP, DeliveryMethod.SMS)).isEqualTo(
                new NumberVerdict.Rejected(NumberRejection.LINE_TYPE_NOT_ALLOWED, "number-policy"));
        assertThat(policy.screen(US_MOBILE, DeliveryMethod.SMS)).isInstanceOf(NumberVerdict.Accepted.class);
    }

    @Test
    void screenWhenCountriesAreRestrictedThenOthersAreRejected() {
        NumberPolicy policy = NumberPolicy.builder().allowCountries("us", "CA").build();

        assertThat(policy.screen(FR_MOBILE, DeliveryMethod.SMS)).isEqualTo(
                new NumberVerdict.Rejected(NumberRejection.COUNTRY_NOT_ALLOWED, "number-policy"));
        assertThat(policy.screen(US_MOBILE, DeliveryMethod.SMS)).isInstanceOf(NumberVerdict.Accepted.class);
    }

    @Test
    void screenWhenPrefixIsBlockedThenNumbersUnderItAreRejected() {
        NumberPolicy policy = NumberPolicy.builder().blockPrefix("+3361234").build();

        assertThat(policy.screen(FR_MOBILE, DeliveryMethod.SMS)).isEqualTo(
                new NumberVerdict.Rejected(NumberRejection.PREFIX_BLOCKED, "number-policy"));
        assertThat(policy.screen(PhoneNumber.ofE164("+33699999999"), DeliveryMethod.SMS))
                .isInstanceOf(NumberVerdict.Accepted.class);
    }

    @Test
    void blockPrefixWhenMalformedThenThrows() {
        assertThatThrownBy(() -> NumberPolicy.builder().blockPrefix("33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NumberPolicy.builder().allowCountries("France"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void screenWhenLookupRefinesTheLineTypeThenThePolicyJudgesTheRefinedTypeAndNamesBothSources() {
        NumberScreening lookup = (number, method) ->
                new NumberVerdict.Accepted(number.withLineType(PhoneLineType.VOIP), "fake-lookup");
        NumberPolicy policy = NumberPolicy.builder().blockVoip(true).thenLookup(lookup).build();

        assertThat(policy.screen(US_MOBILE, DeliveryMethod.SMS)).isEqualTo(
                new NumberVerdict.Rejected(NumberRejection.LINE_TYPE_NOT_ALLOWED, "number-policy+fake-lookup"));
    }

    @Test
    void screenWhenLookupJudgesTheNumberRiskyThenTheRejectionKeepsItsReasonAndSource() {
        NumberPolicy policy = NumberPolicy.builder()
                .thenLookup((number, method) -> new NumberVerdict.Rejected(NumberRejection.HIGH_RISK, "fake-lookup"))
                .build();

        assertThat(policy.screen(US_MOBILE, DeliveryMethod.SMS))
                .isEqualTo(new NumberVerdict.Rejected(NumberRejection.HIGH_RISK, "number-policy+fake-lookup"));
    }

    @Test
    void screenWhenThePolicyRejectsThenTheLookupIsNotAsked() {
        AtomicInteger lookups = new AtomicInteger();
        NumberPolicy policy = NumberPolicy.builder().allowCountries("US").thenLookup((number, method) -> {
            lookups.incrementAndGet();
            return new NumberVerdict.Accepted(number, "fake-lookup");
        }).build();

        policy.screen(FR_MOBILE, DeliveryMethod.SMS);
        NumberVerdict accepted = policy.screen(US_MOBILE, DeliveryMethod.SMS);

        assertThat(lookups).hasValue(1);
        assertThat(accepted).isEqualTo(new NumberVerdict.Accepted(US_MOBILE, "number-policy+fake-lookup"));
    }

    @Test
    void beginMfaOptInWhenPolicyRejectsTheNumberThenTheRefusalKeepsTheArticlesGuidance() {
        Harness h = Harness.create(builder -> builder.numberScreening(NumberPolicy.builder().allowCountries("US")
                .build()).supportContact("+1 800 555 0100"));
        UserId admin = h.save(TestUsers.user("ivy").in("m-1").grant(AdminRole.MERCHANT_ADMIN, "m-1"));

        OptInOutcome outcome = h.mfa.beginMfaOptIn(new BeginMfaOptIn(admin, "+33612345678", null,
                DeliveryMethod.SMS));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(RefusalReason.NUMBER_REJECTED);
            assertThat(refused.detail()).contains("COUNTRY_NOT_ALLOWED");
            assertThat(refused.guidance()).contains("Enter a different phone number or contact support: "
                    + "+1 800 555 0100");
        });
        assertThat(h.outbox.delivered()).isEmpty();
        assertThat(h.audit.records()).singleElement()
                .satisfies(record -> assertThat(record.screeningSource()).contains("number-policy"));
    }

    @Test
    void sendCodeWhenPolicyAcceptsThenTheAuditRecordNamesTheSource() {
        Harness h = Harness.create(builder -> builder.numberScreening(NumberPolicy.defaults()));

        SendOutcome sent = h.send(h.stepUp(h.admin("admin"), h.user("user")), "+12015550123");

        assertThat(sent).isInstanceOf(SendOutcome.CodeSent.class);
        assertThat(h.audit.records()).last().satisfies(record -> {
            assertThat(record.screeningSource()).contains("number-policy");
            assertThat(record.providerMessageId()).contains("outbox-1");
            assertThat(record.maskedNewNumber()).contains("+1 ***-***-0123");
            assertThat(record.maskedOldNumber()).contains("+1 ***-***-0101");
        });
    }
}
