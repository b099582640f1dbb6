package io.github.mfaoverride.adapters.sms.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.PhoneLineType;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.port.NumberRejection;
import io.github.mfaoverride.port.NumberVerdict;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwilioLookupScreeningTest {

    private static final PhoneNumber NUMBER = PhoneNumber.ofE164("+14159929960");

    private FakeTwilio twilio;

    @BeforeEach
    void startTwilio() throws IOException {
        twilio = FakeTwilio.start();
    }

    @AfterEach
    void stopTwilio() {
        twilio.close();
    }

    @Test
    void screenWhenCalledThenGetsTheLineTypeAsTheOpenApiDescribes() throws IOException {
        OpenApiOperation fetch = OpenApiOperation.load("FetchPhoneNumber.json");
        twilio.answer(200, answer("mobile"));

        screening().build().screen(NUMBER, DeliveryMethod.SMS);

        FakeTwilio.Request request = twilio.requests().get(0);
        assertThat(request.method()).isEqualTo(fetch.method()).isEqualTo("GET");
        assertThat(fetch.server()).isEqualTo("https://lookups.twilio.com");
        assertThat(request.path()).isEqualTo("/v2/PhoneNumbers/+14159929960");
        assertThat(fetch.matchesPath(request.path())).isTrue();
        assertThat(fetch.queryParameters()).contains("Fields");
        assertThat(request.query()).isEqualTo("Fields=line_type_intelligence");
        assertThat(fetch.usesBasicAuth()).isTrue();
        assertThat(request.header("Authorization")).isEqualTo(TwilioCodeDeliveryTest.basic(
                TwilioCodeDeliveryTest.ACCOUNT_SID, TwilioCodeDeliveryTest.AUTH_TOKEN));
        assertThat(request.body()).isEmpty();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "mobile, MOBILE",
        "landline, FIXED_LINE",
        "fixedVoip, VOIP",
        "nonFixedVoip, VOIP",
        "tollFree, TOLL_FREE",
        "premium, PREMIUM_RATE",
        "sharedCost, SHARED_COST",
        "personal, PERSONAL_NUMBER",
        "pager, PAGER",
        "voicemail, VOICEMAIL",
        "uan, UAN",
        "unknown, UNKNOWN",
        "somethingNew, UNKNOWN"
    })
    void lineTypeOfWhenTwilioNamesATypeThenMapsItOntoTheCoreType(String twilioType, PhoneLineType expected) {
        assertThat(TwilioLookupScreening.lineTypeOf(twilioType)).isEqualTo(expected);
    }

    @Test
    void screenWhenMobileThenAcceptsWithTheRefinedLineType() {
        twilio.answer(200, answer("mobile"));

        NumberVerdict verdict = screening().build().screen(NUMBER, DeliveryMethod.SMS);

        assertThat(verdict).isInstanceOfSatisfying(NumberVerdict.Accepted.class, accepted -> {
            assertThat(accepted.number().lineType()).isEqualTo(PhoneLineType.MOBILE);
            assertThat(accepted.number()).isEqualTo(NUMBER);
            assertThat(accepted.source()).isEqualTo("twilio-lookup");
        });
    }

    @ParameterizedTest(name = "{0} by {1} is {2}")
    @CsvSource({
        "landline, SMS, LINE_TYPE_NOT_ALLOWED",
        "premium, VOICE, LINE_TYPE_NOT_ALLOWED",
        "sharedCost, SMS, LINE_TYPE_NOT_ALLOWED",
        "pager, VOICE, LINE_TYPE_NOT_ALLOWED",
        "nonFixedVoip, SMS, LINE_TYPE_NOT_ALLOWED",
        "unknown, SMS, NOT_VERIFIABLE"
    })
    void screenWhenTheLineTypeIsUnfitThenRejects(String twilioType, DeliveryMethod method, NumberRejection reason) {
        twilio.answer(200, answer(twilioType));

        NumberVerdict verdict = screening().build().screen(NUMBER, method);

        assertThat(verdict).isEqualTo(new NumberVerdict.Rejected(reason, "twilio-lookup"));
    }

    @Test
    void screenWhenLandlineByVoiceThenAccepts() {
        twilio.answer(200, answer("landline"));

        NumberVerdict verdict = screening().build().screen(NUMBER, DeliveryMethod.VOICE);

        assertThat(verdict).isInstanceOfSatisfying(NumberVerdict.Accepted.class,
                accepted -> assertThat(accepted.number().lineType()).isEqualTo(PhoneLineType.FIXED_LINE));
    }

    @Test
    void screenWhenNonFixedVoipIsAllowedThenAccepts() {
        twilio.answer(200, answer("nonFixedVoip"));

        NumberVerdict verdict = screening().allowNonFixedVoip(true).build().screen(NUMBER, DeliveryMethod.SMS);

        assertThat(verdict).isInstanceOf(NumberVerdict.Accepted.class);
    }

    @Test
    void screenWhenTwilioSaysInvalidThenRejectsAsNotInService() {
        twilio.answer(200, "{\"phone_number\":\"+14159929960\",\"valid\":false,\"validation_errors\":[\"TOO_LONG\"],"
                + "\"line_type_intelligence\":null}");

        NumberVerdict verdict = screening().build().screen(NUMBER, DeliveryMethod.SMS);

        assertThat(verdict).isEqualTo(new NumberVerdict.Rejected(NumberRejection.NOT_IN_SERVICE, "twilio-lookup"));
    }

    @Test
    void screenWhenLineTypeIsMissingThenRejectsAsNotVerifiable() {
        twilio.answer(200, "{\"valid\":true,\"line_type_intelligence\":{\"type\":null,\"error_code\":60601}}");

        NumberVerdict verdict = screening().build().screen(NUMBER, DeliveryMethod.SMS);

        assertThat(verdict).isEqualTo(new NumberVerdict.Rejected(NumberRejection.NOT_VERIFIABLE, "twilio-lookup"));
    }

    @Test
    void screenWhenNotFoundThenRejectsAsNotInService() {
        twilio.answer(404, TwilioCodeDeliveryTest.error(20404, 404, "not found"));

        NumberVerdict verdict = screening().build().screen(NUMBER, DeliveryMethod.SMS);

        assertThat(verdict).isEqualTo(new NumberVerdict.Rejected(NumberRejection.NOT_IN_SERVICE, "twilio-lookup"));
    }

    @Test
    void screenWhenLookupFailsThenRejectsAsNotVerifiable() {
        twilio.answer(401, TwilioCodeDeliveryTest.error(20003, 401, "Authenticate"));

        NumberVerdict verdict = screening().build().screen(NUMBER, DeliveryMethod.SMS);

        assertThat(verdict).isEqualTo(new NumberVerdict.Rejected(NumberRejection.NOT_VERIFIABLE, "twilio-lookup"));
    }

    @Test
    void screenWhenLookupTimesOutAndHostAcceptsUncheckedThenAcceptsTheNumberAsIs() {
        twilio.answerAfter(Duration.ofSeconds(3), 200, answer("landline"));

        NumberVerdict verdict = screening().requestTimeout(Duration.ofMillis(300)).acceptWhenUnavailable(true).build()
                .screen(NUMBER, DeliveryMethod.SMS);

        assertThat(verdict).isEqualTo(new NumberVerdict.Accepted(NUMBER, "twilio-lookup-unavailable"));
    }

    private TwilioLookupScreening.Builder screening() {
        return TwilioLookupScreening.builder()
                .account(TwilioAccount.withAuthToken(TwilioCodeDeliveryTest.ACCOUNT_SID,
                        TwilioCodeDeliveryTest.AUTH_TOKEN))
                .baseUrl(twilio.baseUrl());
    }

    /** The shape of the OpenAPI example fetchLineTypeIntelligence, with the type replaced. */
    private static String answer(String type) {
        return "{\"calling_country_code\":\"1\",\"country_code\":\"US\",\"phone_number\":\"+14159929960\","
                + "\"national_format\":\"(415) 992-9960\",\"valid\":true,\"validation_errors\":null,"
                + "\"caller_name\":null,\"line_type_intelligence\":{\"error_code\":null,\"mobile_country_code\":"
                + "\"240\",\"mobile_network_code\":\"38\",\"carrier_name\":\"Twilio - SMS/MMS-SVR\",\"type\":\""
                + type + "\"},\"url\":\"https://lookups.twilio.com/v2/PhoneNumbers/+14159929960\"}";
    }
}
