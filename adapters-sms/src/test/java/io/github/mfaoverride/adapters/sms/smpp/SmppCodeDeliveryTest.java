package io.github.mfaoverride.adapters.sms.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.adapters.sms.ClockSleeper;
import io.github.mfaoverride.adapters.sms.TestMessages;
import io.github.mfaoverride.adapters.sms.template.CodeTemplates;
import io.github.mfaoverride.adapters.sms.template.Wording;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.port.CodeMessage;
import io.github.mfaoverride.port.CodePurpose;
import io.github.mfaoverride.port.DeliveryOutcome;
import io.github.mfaoverride.port.DeliveryRefusal;
import io.github.mfaoverride.testkit.MutableClock;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmppCodeDeliveryTest {

    private static final String SYSTEM_ID = "mfa-esme";
    private static final String PASSWORD = "pw5ecr3t";

    private final MutableClock clock = MutableClock.startingMonday();
    private final ClockSleeper sleeper = new ClockSleeper(clock);
    private final CodeTemplates templates = CodeTemplates.builder("Acme").build();
    private LocalSmsc smsc;
    private SmppCodeDelivery delivery;

    @BeforeEach
    void startSmsc() throws IOException {
        smsc = LocalSmsc.start(SYSTEM_ID, PASSWORD);
    }

    @AfterEach
    void stop() throws IOException {
        if (delivery != null) {
            delivery.close();
        }
        smsc.close();
    }

    @Test
    void deliverWhenFirstCalledThenBindsAsTransmitterWithTheCredentials() {
        delivery = delivery().build();

        DeliveryOutcome outcome = delivery.deliver(TestMessages.sms());

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Accepted("smpp", "m1"));
        assertThat(smsc.binds()).containsExactly(new LocalSmsc.Bind("BIND_TX", SYSTEM_ID, PASSWORD));
        assertThat(delivery.bindCount()).isEqualTo(1);
    }

    @Test
    void deliverWhenGsmTextThenSubmitsInternationalGsm7WithTheCodesLifetimeAsValidity() {
        delivery = delivery().build();
        CodeMessage message = TestMessages.sms();

        delivery.deliver(message);

        SubmitSm submit = smsc.submits().get(0);
        assertThat(submit.getDestAddress()).isEqualTo("12015550123");
        assertThat(submit.getDestAddrTon()).isEqualTo((byte) 1);
        assertThat(submit.getDestAddrNpi()).isEqualTo((byte) 1);
        assertThat(submit.getSourceAddr()).isEqualTo("Acme");
        assertThat(submit.getSourceAddrTon()).isEqualTo((byte) 5);
        assertThat(submit.getDataCoding()).isEqualTo((byte) 0);
        assertThat(submit.getValidityPeriod()).isEqualTo("000000000500000R");
        assertThat(submit.getShortMessage()).isEqualTo(
                "Acme: 482913 is your code to confirm your new phone number. Valid 5 min. Do not share it."
                        .getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void deliverWhenSenderIsANumberThenSubmitsItAsInternational() {
        delivery = delivery().sender("+12015550199").build();

        delivery.deliver(TestMessages.sms());

        SubmitSm submit = smsc.submits().get(0);
        assertThat(submit.getSourceAddr()).isEqualTo("12015550199");
        assertThat(submit.getSourceAddrTon()).isEqualTo((byte) 1);
        assertThat(submit.getSourceAddrNpi()).isEqualTo((byte) 1);
    }

    @Test
    void deliverWhenTextNeedsUnicodeThenSubmitsUcs2() {
        CodeTemplates polish = CodeTemplates.builder("Łódź Bank").build();
        delivery = delivery().templates(polish).build();
        CodeMessage message = TestMessages.sms();

        delivery.deliver(message);

        SubmitSm submit = smsc.submits().get(0);
        assertThat(submit.getDataCoding()).isEqualTo((byte) 8);
        assertThat(new String(payloadOf(submit), StandardCharsets.UTF_16BE)).isEqualTo(polish.smsText(message));
    }

    @Test
    void deliverWhenUnicodeTextFitsOneSegmentThenSendsItAsShortMessage() {
        String brief = "{brand} {code}";
        Wording terse = new Wording("en-US", Map.of(CodePurpose.PHONE_CHANGE, brief, CodePurpose.STEP_UP, brief,
                CodePurpose.MFA_OPT_IN, brief), intros(), "again", "bye");
        delivery = delivery().templates(CodeTemplates.builder("Łódź").wording(Locale.ENGLISH, terse).build())
                .build();

        delivery.deliver(TestMessages.sms());

        SubmitSm submit = smsc.submits().get(0);
        assertThat(submit.getDataCoding()).isEqualTo((byte) 8);
        assertThat(new String(submit.getShortMessage(), StandardCharsets.UTF_16BE)).isEqualTo("Łódź 482913");
    }

    @Test
    void deliverWhenTextIsLongerThanOneSegmentThenSendsItAsMessagePayload() {
        String longText = "{brand}: {code} " + "is your code. ".repeat(15);
        Wording wordy = new Wording("en-US", Map.of(CodePurpose.PHONE_CHANGE, longText, CodePurpose.STEP_UP,
                longText, CodePurpose.MFA_OPT_IN, longText), intros(), "again", "bye");
        CodeTemplates long1 = CodeTemplates.builder("Acme").wording(Locale.ENGLISH, wordy).build();
        delivery = delivery().templates(long1).build();

        delivery.deliver(TestMessages.sms());

        SubmitSm submit = smsc.submits().get(0);
        assertThat(submit.getShortMessage()).isEmpty();
        assertThat(new String(payloadOf(submit), StandardCharsets.US_ASCII))
                .isEqualTo(long1.smsText(TestMessages.sms()));
    }

    @Test
    void deliverWhenThrottledThenWaitsAndSubmitsAgainWithTheRemainingLifetime() {
        smsc.answerNextSubmits(SmppStatus.ESME_RTHROTTLED, 0);
        delivery = delivery().build();

        DeliveryOutcome outcome = delivery.deliver(TestMessages.sms());

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Accepted("smpp", "m1"));
        assertThat(smsc.submits()).hasSize(2);
        assertThat(smsc.submits().get(1).getValidityPeriod()).isEqualTo("000000000459000R");
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void deliverWhenQueueStaysFullThenGivesUpAfterTheAttemptLimit() {
        smsc.answerNextSubmits(SmppStatus.ESME_RMSGQFUL, SmppStatus.ESME_RMSGQFUL, SmppStatus.ESME_RMSGQFUL, 0);
        delivery = delivery().build();

        DeliveryOutcome outcome = delivery.deliver(TestMessages.sms());

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.TransientFailure.class,
                failure -> assertThat(failure.detail()).contains("queue full"));
        assertThat(smsc.submits()).hasSize(3);
    }

    @Test
    void deliverWhenDestinationIsInvalidThenRefusedWithoutRetry() {
        smsc.answerNextSubmits(SmppStatus.ESME_RINVDSTADR);
        delivery = delivery().build();

        DeliveryOutcome outcome = delivery.deliver(TestMessages.sms());

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(DeliveryRefusal.INVALID_NUMBER));
        assertThat(smsc.submits()).hasSize(1);
    }

    @Test
    void deliverWhenNoResponseInTimeThenRetriesOnceOnly() {
        smsc.answerNextSubmits(LocalSmsc.SLOW_OK, LocalSmsc.SLOW_OK, 0);
        delivery = delivery().responseTimeout(Duration.ofMillis(300)).build();

        DeliveryOutcome outcome = delivery.deliver(TestMessages.sms());

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.TransientFailure.class,
                failure -> assertThat(failure.detail()).contains("no submit_sm_resp in time"));
        assertThat(smsc.submits()).hasSize(2);
    }

    @Test
    void deliverWhenTheConnectionWasDroppedThenBindsAgainAndSubmits() {
        delivery = delivery().build();
        assertThat(delivery.deliver(TestMessages.sms())).isInstanceOf(DeliveryOutcome.Accepted.class);

        smsc.dropConnections();
        awaitTrue(() -> !delivery.isBound());
        DeliveryOutcome outcome = delivery.deliver(TestMessages.sms());

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Accepted("smpp", "m2"));
        assertThat(smsc.binds()).hasSize(2);
        assertThat(delivery.bindCount()).isEqualTo(2);
        assertThat(smsc.submits()).hasSize(2);
    }

    @Test
    void deliverWhenLinkIsIdleThenKeepsItAliveWithEnquireLink() {
        delivery = delivery().enquireLinkInterval(Duration.ofMillis(200)).build();
        delivery.deliver(TestMessages.sms());

        awaitTrue(() -> smsc.enquireLinks() >= 2);

        assertThat(delivery.isBound()).isTrue();
        assertThat(delivery.bindCount()).isEqualTo(1);
    }

    @Test
    void deliverWhenPasswordIsWrongThenRefusedAsConfiguration() {
        delivery = delivery().credentials(SYSTEM_ID, "wrong").build();

        DeliveryOutcome outcome = delivery.deliver(TestMessages.sms());

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(DeliveryRefusal.CONFIGURATION));
        assertThat(smsc.submits()).isEmpty();
    }

    @Test
    void deliverWhenNoSmscListensThenRetriesAndReportsATransientFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        delivery = delivery().smsc("127.0.0.1", closedPort).build();

        DeliveryOutcome outcome = delivery.deliver(TestMessages.sms());

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.TransientFailure.class,
                failure -> assertThat(failure.detail()).isEqualTo("connection refused"));
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void deliverWhenVoiceIsAskedThenRefusedAsMethodNotSupported() {
        delivery = delivery().build();

        DeliveryOutcome outcome = delivery.deliver(
                TestMessages.message(DeliveryMethod.VOICE, Locale.ENGLISH, CodePurpose.PHONE_CHANGE));

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(DeliveryRefusal.METHOD_NOT_SUPPORTED));
        assertThat(smsc.binds()).isEmpty();
    }

    @Test
    void relativeValidityWhenLifetimeIsGivenThenFormatsSmppRelativeTime() {
        assertThat(SmppCodeDelivery.relativeValidity(Duration.ofMinutes(5))).isEqualTo("000000000500000R");
        assertThat(SmppCodeDelivery.relativeValidity(Duration.ofSeconds(3723))).isEqualTo("000000010203000R");
        assertThat(SmppCodeDelivery.relativeValidity(Duration.ofHours(51))).isEqualTo("000002030000000R");
        assertThat(SmppCodeDelivery.relativeValidity(Duration.ZERO)).isEqualTo("000000000001000R");
    }

    @Test
    void toStringWhenBuiltThenShowsNoPassword() {
        SmppCodeDelivery.Builder builder = delivery();

        assertThat(builder.toString()).doesNotContain(PASSWORD);
        assertThat(builder.build().toString()).doesNotContain(PASSWORD).contains(SYSTEM_ID);
    }

    private SmppCodeDelivery.Builder delivery() {
        return SmppCodeDelivery.builder()
                .smsc("127.0.0.1", smsc.port())
                .credentials(SYSTEM_ID, PASSWORD)
                .sender("Acme")
                .templates(templates)
                .clock(clock)
                .sleeper(sleeper);
    }

    private static Map<CodePurpose, String> intros() {
        return Map.of(CodePurpose.PHONE_CHANGE, "intro", CodePurpose.STEP_UP, "intro", CodePurpose.MFA_OPT_IN, "intro");
    }

    private static byte[] payloadOf(SubmitSm submit) {
        OptionalParameter payload = submit.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
        assertThat(payload).as("message_payload").isInstanceOf(OptionalParameter.OctetString.class);
        return ((OptionalParameter.OctetString) payload).getValue();
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
