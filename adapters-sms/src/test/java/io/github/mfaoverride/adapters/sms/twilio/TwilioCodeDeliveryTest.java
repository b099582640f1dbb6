package io.github.mfaoverride.adapters.sms.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mfaoverride.adapters.sms.ClockSleeper;
import io.github.mfaoverride.adapters.sms.TestMessages;
import io.github.mfaoverride.adapters.sms.template.CodeTemplates;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.port.CodePurpose;
import io.github.mfaoverride.port.DeliveryOutcome;
import io.github.mfaoverride.port.DeliveryRefusal;
import io.github.mfaoverride.testkit.MutableClock;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwilioCodeDeliveryTest {

    static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    static final String AUTH_TOKEN = "tok3n-s3cr3t-value-0042";
    static final String FROM = "+12015550199";
    static final String CREATED = "{\"sid\":\"SM0123456789abcdef0123456789abcdef\",\"status\":\"queued\","
            + "\"error_code\":null,\"num_segments\":\"1\"}";
    static final String CALL_CREATED = "{\"sid\":\"CA0123456789abcdef0123456789abcdef\",\"status\":\"queued\"}";

    private final MutableClock clock = MutableClock.startingMonday();
    private final ClockSleeper sleeper = new ClockSleeper(clock);
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
    void deliverSmsWhenAcceptedThenPostsTheFormTheOpenApiDescribes() throws IOException {
        OpenApiOperation createMessage = OpenApiOperation.load("CreateMessage.json");
        twilio.answer(201, CREATED);

        DeliveryOutcome outcome = delivery().build().deliver(TestMessages.sms());

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Accepted("twilio", "SM0123456789abcdef0123456789abcdef"));
        FakeTwilio.Request request = only(twilio.requests());
        assertThat(request.method()).isEqualTo(createMessage.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json");
        assertThat(createMessage.matchesPath(request.path())).isTrue();
        assertThat(createMessage.server()).isEqualTo("https://api.twilio.com");
        assertThat(request.header("Content-Type")).isEqualTo(createMessage.contentType());
        assertThat(createMessage.usesBasicAuth()).isTrue();
        assertThat(request.header("Authorization")).isEqualTo(basic(ACCOUNT_SID, AUTH_TOKEN));
        assertThat(createMessage.violationsOf(request.form())).isEmpty();
        assertThat(request.form()).containsExactly(
                Map.entry("To", TestMessages.US_NUMBER),
                Map.entry("From", FROM),
                Map.entry("Body", "Acme: 482913 is your code to confirm your new phone number. Valid 5 min. "
                        + "Do not share it."),
                Map.entry("ValidityPeriod", "300"));
    }

    @Test
    void deliverSmsWhenMessagingServiceAndCallbackAreSetThenSendsThem() throws IOException {
        OpenApiOperation createMessage = OpenApiOperation.load("CreateMessage.json");
        twilio.answer(201, CREATED);
        String service = "MG0123456789abcdef0123456789abcdef";

        TwilioCodeDelivery delivery = TwilioCodeDelivery.builder()
                .account(TwilioAccount.withAuthToken(ACCOUNT_SID, AUTH_TOKEN)).messagingServiceSid(service)
                .statusCallback(URI.create("https://host.example/twilio/status"))
                .templates(CodeTemplates.builder("Acme").build()).baseUrl(twilio.baseUrl())
                .clock(clock).sleeper(sleeper).build();
        delivery.deliver(TestMessages.sms());

        Map<String, String> form = only(twilio.requests()).form();
        assertThat(createMessage.violationsOf(form)).isEmpty();
        assertThat(form).containsEntry("MessagingServiceSid", service)
                .containsEntry("StatusCallback", "https://host.example/twilio/status")
                .doesNotContainKey("From");
    }

    @Test
    void deliverSmsWhenApiKeyIsUsedThenAuthenticatesWithTheKeyUnderTheAccountPath() {
        twilio.answer(201, CREATED);
        String keySid = "SK0123456789abcdef0123456789abcdef";

        delivery().account(TwilioAccount.withApiKey(ACCOUNT_SID, keySid, "k3y-s3cr3t")).build()
                .deliver(TestMessages.sms());

        FakeTwilio.Request request = only(twilio.requests());
        assertThat(request.header("Authorization")).isEqualTo(basic(keySid, "k3y-s3cr3t"));
        assertThat(request.path()).startsWith("/2010-04-01/Accounts/" + ACCOUNT_SID + "/");
    }

    @Test
    void deliverVoiceWhenAcceptedThenPostsTwimlThatReadsTheCodeDigitByDigitTwice() throws IOException {
        OpenApiOperation createCall = OpenApiOperation.load("CreateCall.json");
        twilio.answer(201, CALL_CREATED);

        DeliveryOutcome outcome = delivery().build().deliver(TestMessages.voice());

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Accepted("twilio", "CA0123456789abcdef0123456789abcdef"));
        FakeTwilio.Request request = only(twilio.requests());
        assertThat(request.method()).isEqualTo(createCall.method());
        assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Calls.json");
        assertThat(createCall.matchesPath(request.path())).isTrue();
        assertThat(request.header("Content-Type")).isEqualTo(createCall.contentType());
        assertThat(request.header("Authorization")).isEqualTo(basic(ACCOUNT_SID, AUTH_TOKEN));
        assertThat(createCall.violationsOf(request.form())).isEmpty();
        assertThat(request.form()).containsOnlyKeys("To", "From", "Twiml", "Timeout", "TimeLimit")
                .containsEntry("To", TestMessages.US_NUMBER).containsEntry("From", FROM)
                .containsEntry("Timeout", "30");
        String twiml = request.form().get("Twiml");
        assertThat(twiml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>")
                .endsWith("</Response>")
                .contains("<Say language=\"en-US\">Hello. This is Acme. Your code to confirm your new phone number is:"
                        + "</Say>")
                .contains("<Pause length=\"1\"/>")
                .doesNotContain("482913");
        assertThat(twiml.split("<Say language=\"en-US\">4, 8, 2, 9, 1, 3\\.</Say>", -1)).hasSize(3);
    }

    @Test
    void deliverWhenRecipientSpeaksSpanishThenTextAndCallAreInSpanish() {
        twilio.answer(201, CREATED).answer(201, CALL_CREATED);
        TwilioCodeDelivery delivery = delivery().build();

        delivery.deliver(TestMessages.message(DeliveryMethod.SMS, new Locale("es", "ES"), CodePurpose.PHONE_CHANGE));
        delivery.deliver(TestMessages.message(DeliveryMethod.VOICE, new Locale("es", "ES"), CodePurpose.PHONE_CHANGE));

        List<FakeTwilio.Request> requests = twilio.requests();
        assertThat(requests.get(0).form().get("Body")).isEqualTo(
                "Acme: 482913 es tu clave para confirmar tu nuevo teléfono. Vale 5 min. No la compartas.");
        assertThat(requests.get(0).body()).contains("Body=Acme%3A+482913+es+tu+clave").contains("tel%C3%A9fono");
        assertThat(requests.get(1).form().get("Twiml"))
                .contains("<Say language=\"es-ES\">Hola. Le llama Acme. Su código para confirmar su nuevo teléfono es:"
                        + "</Say>")
                .contains("<Say language=\"es-ES\">4, 8, 2, 9, 1, 3.</Say>");
    }

    @Test
    void deliverVoiceWhenTextHoldsMarkupThenEscapesIt() {
        twilio.answer(201, CALL_CREATED);

        delivery().templates(CodeTemplates.builder("A&B <Co> \"Q\"").build()).build().deliver(TestMessages.voice());

        String twiml = only(twilio.requests()).form().get("Twiml");
        assertThat(twiml).contains("This is A&amp;B &lt;Co&gt; &quot;Q&quot;.").doesNotContain("<Co>");
    }

    @Test
    void deliverVoiceWhenOnlyAnAlphanumericSenderIsSetThenRefusedAsConfiguration() {
        DeliveryOutcome outcome = delivery().from("Acme").build().deliver(TestMessages.voice());

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(DeliveryRefusal.CONFIGURATION));
        assertThat(twilio.requests()).isEmpty();
    }

    @ParameterizedTest(name = "error {0} with HTTP {1} is {2}")
    @CsvSource({
        "21211, 400, INVALID_NUMBER",
        "21614, 400, METHOD_NOT_SUPPORTED",
        "21610, 400, OPTED_OUT",
        "21408, 400, REGION_NOT_PERMITTED",
        "20003, 401, CONFIGURATION",
        "20003, 403, CONFIGURATION",
        "21601, 400, OTHER"
    })
    void deliverSmsWhenTwilioAnswersAnErrorThenMapsItToARefusalWithoutRetry(int code, int status,
            DeliveryRefusal expected) {
        twilio.answer(status, error(code, status, "The 'To' number " + TestMessages.US_NUMBER + " is bad."));

        DeliveryOutcome outcome = delivery().build().deliver(TestMessages.sms());

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(expected);
            assertThat(refused.detail()).contains(String.valueOf(code)).doesNotContain(TestMessages.US_NUMBER);
        });
        assertThat(twilio.requests()).hasSize(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void deliverSmsWhenNotAMobileNumberThenSaysVoiceMayWork() {
        twilio.answer(400, error(21614, 400, "not a mobile number"));

        DeliveryOutcome outcome = delivery().build().deliver(TestMessages.sms());

        assertThat(((DeliveryOutcome.Refused) outcome).detail()).contains("voice call may still work");
    }

    @Test
    void deliverSmsWhenUnauthorizedWithoutBodyThenRefusedAsConfiguration() {
        twilio.answer(401, "");

        DeliveryOutcome outcome = delivery().build().deliver(TestMessages.sms());

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(DeliveryRefusal.CONFIGURATION));
    }

    @Test
    void deliverSmsWhenRateLimitedThenWaitsRetryAfterAndSucceeds() {
        twilio.answer(429, error(20429, 429, "Too Many Requests"), "Retry-After", "3").answer(201, CREATED);

        DeliveryOutcome outcome = delivery().build().deliver(TestMessages.sms());

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Accepted.class);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
        List<FakeTwilio.Request> requests = twilio.requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).form()).containsEntry("ValidityPeriod", "297");
    }

    @Test
    void deliverSmsWhenRetryAfterIsAnHttpDateThenWaitsUntilThatTime() {
        String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(clock.instant().plusSeconds(10).atOffset(ZoneOffset.UTC));
        twilio.answer(429, "", "Retry-After", inTenSeconds).answer(201, CREATED);

        DeliveryOutcome outcome = delivery().build().deliver(TestMessages.sms());

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Accepted.class);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(10));
    }

    @Test
    void deliverSmsWhenRetryAfterOutlastsTheCodeThenGivesUpWithoutWaiting() {
        twilio.answer(429, error(20429, 429, "Too Many Requests"), "Retry-After", "600").answer(201, CREATED);

        DeliveryOutcome outcome = delivery().build().deliver(TestMessages.sms());

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.TransientFailure.class,
                failure -> assertThat(failure.retryAfter()).contains(Duration.ofSeconds(600)));
        assertThat(twilio.requests()).hasSize(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void deliverSmsWhenServerErrorsTwiceThenRetriesOnceOnly() {
        twilio.answer(500, error(20500, 500, "Internal Server Error")).answer(502, "")
                .answer(201, CREATED);

        DeliveryOutcome outcome = delivery().build().deliver(TestMessages.sms());

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.TransientFailure.class,
                failure -> assertThat(failure.retryAfter()).isEmpty());
        assertThat(twilio.requests()).hasSize(2);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void deliverSmsWhenServerErrorsOnceThenTheRetrySucceeds() {
        twilio.answer(503, "").answer(201, CREATED);

        DeliveryOutcome outcome = delivery().build().deliver(TestMessages.sms());

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Accepted.class);
        assertThat(twilio.requests()).hasSize(2);
    }

    @Test
    void deliverSmsWhenNoAnswerInTimeThenRetriesOnceOnly() {
        twilio.answerAfter(Duration.ofSeconds(3), 201, CREATED).answerAfter(Duration.ofSeconds(3), 201, CREATED);

        DeliveryOutcome outcome = delivery().requestTimeout(Duration.ofMillis(300)).build()
                .deliver(TestMessages.sms());

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.TransientFailure.class,
                failure -> assertThat(failure.detail()).contains("no answer in time"));
        assertThat(twilio.requests()).hasSize(2);
    }

    @Test
    void deliverSmsWhenConnectionIsRefusedThenRetriesUpToTheAttemptLimit() throws IOException {
        URI closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }

        DeliveryOutcome outcome = delivery().baseUrl(closedPort).build().deliver(TestMessages.sms());

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.TransientFailure.class,
                failure -> assertThat(failure.detail()).isEqualTo("connection refused"));
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void toStringWhenCredentialsAreSetThenShowsNoSecret() {
        TwilioAccount byToken = TwilioAccount.withAuthToken(ACCOUNT_SID, AUTH_TOKEN);
        TwilioAccount byKey = TwilioAccount.withApiKey(ACCOUNT_SID, "SK0123456789abcdef0123456789abcdef", "k3y");

        assertThat(byToken).hasToString("TwilioAccount[…cdef, auth token]");
        assertThat(byKey.toString()).doesNotContain("k3y").doesNotContain(ACCOUNT_SID);
        assertThat(delivery().toString()).doesNotContain(AUTH_TOKEN);
        assertThat(delivery().build().toString()).doesNotContain(AUTH_TOKEN);
        assertThatThrownBy(() -> TwilioAccount.withAuthToken("ACnope", AUTH_TOKEN))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(AUTH_TOKEN));
    }

    @Test
    void buildWhenNoSenderIsSetThenFails() {
        TwilioCodeDelivery.Builder builder = TwilioCodeDelivery.builder()
                .account(TwilioAccount.withAuthToken(ACCOUNT_SID, AUTH_TOKEN))
                .templates(CodeTemplates.builder("Acme").build());

        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("sender");
    }

    private TwilioCodeDelivery.Builder delivery() {
        return TwilioCodeDelivery.builder()
                .account(TwilioAccount.withAuthToken(ACCOUNT_SID, AUTH_TOKEN))
                .from(FROM)
                .templates(CodeTemplates.builder("Acme").build())
                .baseUrl(twilio.baseUrl())
                .clock(clock)
                .sleeper(sleeper);
    }

    static String error(int code, int status, String message) {
        return "{\"code\":" + code + ",\"message\":\"" + message + "\",\"more_info\":\"https://www.twilio.com/docs/"
                + "errors/" + code + "\",\"status\":" + status + "}";
    }

    static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static <T> T only(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
