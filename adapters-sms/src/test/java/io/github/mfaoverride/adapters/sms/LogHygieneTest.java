package io.github.mfaoverride.adapters.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.adapters.sms.smpp.LocalSmsc;
import io.github.mfaoverride.adapters.sms.smpp.SmppCodeDelivery;
import io.github.mfaoverride.adapters.sms.template.CodeTemplates;
import io.github.mfaoverride.adapters.sms.twilio.FakeTwilio;
import io.github.mfaoverride.adapters.sms.twilio.TwilioAccount;
import io.github.mfaoverride.adapters.sms.twilio.TwilioCodeDelivery;
import io.github.mfaoverride.adapters.sms.twilio.TwilioLookupScreening;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.port.DeliveryOutcome;
import io.github.mfaoverride.testkit.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Runs every adapter through success, refusal, retry and failure while capturing the log, then checks that no
 * credential, code or full number was written.
 */
class LogHygieneTest {

    private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    private static final String AUTH_TOKEN = "auth-t0ken-NEVER-LOGGED";
    private static final String KEY_SECRET = "k3y-secret-NEVER-LOGGED";
    private static final String SMPP_PASSWORD = "pw-NEVR1";
    private static final String NUMBER_IN_ERROR = "{\"code\":21211,\"message\":\"The 'To' number "
            + TestMessages.US_NUMBER + " is not a valid phone number.\",\"status\":400}";

    private final MutableClock clock = MutableClock.startingMonday();

    @Test
    void adaptersWhenDeliveringRefusingAndRetryingThenLogNoCredentialCodeOrFullNumber() throws Exception {
        String logs;
        try (CapturedLogs captured = CapturedLogs.start()) {
            exerciseTwilio();
            exerciseSmpp();
            logs = captured.text();
        }

        assertThat(logs).as("the capture saw the adapters' lines").contains("req-1").contains("***-***-0123")
                .contains("Twilio").contains("SMPP");
        assertThat(logs).doesNotContain(AUTH_TOKEN).doesNotContain(KEY_SECRET).doesNotContain(SMPP_PASSWORD)
                .doesNotContain(basic(ACCOUNT_SID, AUTH_TOKEN)).doesNotContain(TestMessages.CODE)
                .doesNotContain(TestMessages.US_NUMBER).doesNotContain("2015550123");
    }

    private void exerciseTwilio() throws Exception {
        try (FakeTwilio twilio = FakeTwilio.start()) {
            twilio.answer(201, "{\"sid\":\"SM1\"}")
                    .answer(400, NUMBER_IN_ERROR)
                    .answer(429, "{\"code\":20429}", "Retry-After", "1").answer(201, "{\"sid\":\"SM2\"}")
                    .answer(500, "").answer(500, "")
                    .answer(201, "{\"sid\":\"CA1\"}")
                    .answer(401, "{\"code\":20003}")
                    .answer(200, "{\"valid\":true,\"line_type_intelligence\":{\"type\":\"mobile\"}}")
                    .answer(200, "{\"valid\":true,\"line_type_intelligence\":{\"type\":\"premium\"}}")
                    .answer(503, "");
            CodeTemplates templates = CodeTemplates.builder("Acme").originBoundTo("example.com").build();
            TwilioCodeDelivery byToken = twilio(twilio, TwilioAccount.withAuthToken(ACCOUNT_SID, AUTH_TOKEN),
                    templates);
            TwilioCodeDelivery byKey = twilio(twilio, TwilioAccount.withApiKey(ACCOUNT_SID,
                    "SK0123456789abcdef0123456789abcdef", KEY_SECRET), templates);

            assertThat(byToken.deliver(TestMessages.sms())).isInstanceOf(DeliveryOutcome.Accepted.class);
            assertThat(byKey.deliver(TestMessages.sms())).isInstanceOf(DeliveryOutcome.Refused.class);
            assertThat(byToken.deliver(TestMessages.sms())).isInstanceOf(DeliveryOutcome.Accepted.class);
            assertThat(byToken.deliver(TestMessages.sms())).isInstanceOf(DeliveryOutcome.TransientFailure.class);
            assertThat(byToken.deliver(TestMessages.voice())).isInstanceOf(DeliveryOutcome.Accepted.class);
            assertThat(byKey.deliver(TestMessages.sms())).isInstanceOf(DeliveryOutcome.Refused.class);

            TwilioLookupScreening lookup = TwilioLookupScreening.builder()
                    .account(TwilioAccount.withAuthToken(ACCOUNT_SID, AUTH_TOKEN)).baseUrl(twilio.baseUrl()).build();
            PhoneNumber number = PhoneNumber.ofE164(TestMessages.US_NUMBER);
            lookup.screen(number, DeliveryMethod.SMS);
            lookup.screen(number, DeliveryMethod.SMS);
            lookup.screen(number, DeliveryMethod.SMS);
        }
    }

    private void exerciseSmpp() throws Exception {
        try (LocalSmsc smsc = LocalSmsc.start("esme", SMPP_PASSWORD)) {
            smsc.answerNextSubmits(0x58, 0, 0x0B);
            CodeTemplates templates = CodeTemplates.builder("Acme").build();
            try (SmppCodeDelivery smpp = smpp(smsc, SMPP_PASSWORD, templates);
                    SmppCodeDelivery wrongPassword = smpp(smsc, "wrong", templates)) {
                assertThat(smpp.deliver(TestMessages.sms())).isInstanceOf(DeliveryOutcome.Accepted.class);
                assertThat(smpp.deliver(TestMessages.sms())).isInstanceOf(DeliveryOutcome.Refused.class);
                smsc.dropConnections();
                assertThat(smpp.deliver(TestMessages.sms())).isInstanceOf(DeliveryOutcome.Accepted.class);
                assertThat(wrongPassword.deliver(TestMessages.sms())).isInstanceOf(DeliveryOutcome.Refused.class);
            }
        }
    }

    private TwilioCodeDelivery twilio(FakeTwilio twilio, TwilioAccount account, CodeTemplates templates) {
        return TwilioCodeDelivery.builder().account(account).from("+12015550199").templates(templates)
                .baseUrl(twilio.baseUrl()).clock(clock).sleeper(new ClockSleeper(clock)).build();
    }

    private SmppCodeDelivery smpp(LocalSmsc smsc, String password, CodeTemplates templates) {
        return SmppCodeDelivery.builder().smsc("127.0.0.1", smsc.port()).credentials("esme", password)
                .sender("Acme").templates(templates).responseTimeout(Duration.ofSeconds(2)).clock(clock)
                .sleeper(new ClockSleeper(clock)).build();
    }

    private static String basic(String user, String secret) {
        return Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
