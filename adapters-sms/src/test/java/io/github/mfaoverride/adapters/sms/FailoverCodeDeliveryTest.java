package io.github.mfaoverride.adapters.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mfaoverride.adapters.sms.smpp.LocalSmsc;
import io.github.mfaoverride.adapters.sms.smpp.SmppCodeDelivery;
import io.github.mfaoverride.adapters.sms.template.CodeTemplates;
import io.github.mfaoverride.adapters.sms.twilio.FakeTwilio;
import io.github.mfaoverride.adapters.sms.twilio.TwilioAccount;
import io.github.mfaoverride.adapters.sms.twilio.TwilioCodeDelivery;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.port.CodeDelivery;
import io.github.mfaoverride.port.CodeMessage;
import io.github.mfaoverride.port.DeliveryOutcome;
import io.github.mfaoverride.port.DeliveryRefusal;
import io.github.mfaoverride.testkit.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FailoverCodeDeliveryTest {

    private static final DeliveryOutcome ACCEPTED = new DeliveryOutcome.Accepted("second", "id-2");
    private static final DeliveryOutcome DOWN = new DeliveryOutcome.TransientFailure("down", Optional.empty());

    private final MutableClock clock = MutableClock.startingMonday();

    @Test
    void deliverWhenTheFirstFailsForNowThenTriesTheSecond() {
        Recording first = new Recording(DOWN);
        Recording second = new Recording(ACCEPTED);

        DeliveryOutcome outcome = failover(first, second).deliver(TestMessages.sms());

        assertThat(outcome).isEqualTo(ACCEPTED);
        assertThat(first.calls()).hasSize(1);
        assertThat(second.calls()).hasSize(1);
    }

    @Test
    void deliverWhenTheFirstAcceptsThenNeverCallsTheSecond() {
        Recording first = new Recording(new DeliveryOutcome.Accepted("first", "id-1"));
        Recording second = new Recording(ACCEPTED);

        failover(first, second).deliver(TestMessages.sms());

        assertThat(second.calls()).isEmpty();
    }

    @Test
    void deliverWhenTheFirstRefusesTheRecipientThenStops() {
        DeliveryOutcome invalid = new DeliveryOutcome.Refused(DeliveryRefusal.INVALID_NUMBER, "21211");
        Recording first = new Recording(invalid);
        Recording second = new Recording(ACCEPTED);

        DeliveryOutcome outcome = failover(first, second).deliver(TestMessages.sms());

        assertThat(outcome).isEqualTo(invalid);
        assertThat(second.calls()).isEmpty();
    }

    @Test
    void deliverWhenTheFirstRejectsItsOwnConfigurationThenTriesTheSecond() {
        Recording first = new Recording(new DeliveryOutcome.Refused(DeliveryRefusal.CONFIGURATION, "20003"));
        Recording second = new Recording(ACCEPTED);

        assertThat(failover(first, second).deliver(TestMessages.sms())).isEqualTo(ACCEPTED);
    }

    @Test
    void deliverWhenConfigurationRefusalsAreNotToFailOverThenStops() {
        Recording first = new Recording(new DeliveryOutcome.Refused(DeliveryRefusal.CONFIGURATION, "20003"));
        Recording second = new Recording(ACCEPTED);

        DeliveryOutcome outcome = FailoverCodeDelivery.builder().then("first", first).then("second", second)
                .failOverOn(Set.of()).clock(clock).build().deliver(TestMessages.sms());

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Refused.class);
        assertThat(second.calls()).isEmpty();
    }

    @Test
    void deliverWhenAllFailForNowThenReportsTheLastFailure() {
        DeliveryOutcome lastDown = new DeliveryOutcome.TransientFailure("also down", Optional.empty());

        DeliveryOutcome outcome = failover(new Recording(DOWN), new Recording(lastDown)).deliver(TestMessages.sms());

        assertThat(outcome).isEqualTo(lastDown);
    }

    @Test
    void deliverWhenTheFirstUsedTimeThenTheSecondGetsTheRemainingLifetime() {
        CodeDelivery slow = message -> {
            clock.advance(Duration.ofSeconds(40));
            return DOWN;
        };
        Recording second = new Recording(ACCEPTED);

        failover(slow, second).deliver(TestMessages.sms());

        assertThat(second.calls().get(0).validFor()).isEqualTo(Duration.ofSeconds(260));
    }

    @Test
    void deliverWhenTheCodeExpiredDuringTheFirstThenDoesNotTryTheSecond() {
        CodeDelivery slow = message -> {
            clock.advance(Duration.ofMinutes(6));
            return DOWN;
        };
        Recording second = new Recording(ACCEPTED);

        DeliveryOutcome outcome = failover(slow, second).deliver(TestMessages.sms());

        assertThat(outcome).isEqualTo(DOWN);
        assertThat(second.calls()).isEmpty();
    }

    @Test
    void deliverWhenAProviderDoesNotSendTheMethodThenSkipsIt() {
        Recording smsOnly = new Recording(new DeliveryOutcome.Accepted("sms-only", "x"));
        Recording both = new Recording(ACCEPTED);

        DeliveryOutcome outcome = FailoverCodeDelivery.builder()
                .then("sms-only", smsOnly, EnumSet.of(DeliveryMethod.SMS)).then("both", both).clock(clock).build()
                .deliver(TestMessages.voice());

        assertThat(outcome).isEqualTo(ACCEPTED);
        assertThat(smsOnly.calls()).isEmpty();
    }

    @Test
    void deliverWhenNoProviderSendsTheMethodThenRefusedAsNotSupported() {
        DeliveryOutcome outcome = FailoverCodeDelivery.builder()
                .then("sms-only", new Recording(ACCEPTED), EnumSet.of(DeliveryMethod.SMS)).build()
                .deliver(TestMessages.voice());

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(DeliveryRefusal.METHOD_NOT_SUPPORTED));
    }

    @Test
    void deliverWhenOneFailedForNowAndTheLastRejectsItsConfigurationThenReportsTheTransientFailure() {
        Recording first = new Recording(DOWN);
        Recording second = new Recording(new DeliveryOutcome.Refused(DeliveryRefusal.CONFIGURATION, "20003"));

        DeliveryOutcome outcome = failover(first, second).deliver(TestMessages.sms());

        assertThat(outcome).isEqualTo(DOWN);
        assertThat(second.calls()).hasSize(1);
    }

    @Test
    void buildWhenNoProviderOrADuplicateNameThenFails() {
        assertThatThrownBy(() -> FailoverCodeDelivery.builder().build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> FailoverCodeDelivery.builder().then("a", new Recording(DOWN))
                .then("a", new Recording(DOWN))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deliverWhenTwilioIsRateLimitedThenTheSmppBindDeliversTheCode() throws IOException {
        try (FakeTwilio twilio = FakeTwilio.start(); LocalSmsc smsc = LocalSmsc.start("esme", "pw")) {
            twilio.answer(429, "{\"code\":20429,\"status\":429}", "Retry-After", "1");
            CodeTemplates templates = CodeTemplates.builder("Acme").build();
            TwilioCodeDelivery viaTwilio = TwilioCodeDelivery.builder()
                    .account(TwilioAccount.withAuthToken("AC0123456789abcdef0123456789abcdef", "token"))
                    .from("+12015550199").templates(templates).baseUrl(twilio.baseUrl())
                    .retryPolicy(RetryPolicy.none()).clock(clock).build();
            try (SmppCodeDelivery viaSmpp = SmppCodeDelivery.builder().smsc("127.0.0.1", smsc.port())
                    .credentials("esme", "pw").sender("Acme").templates(templates).clock(clock).build()) {

                DeliveryOutcome outcome = FailoverCodeDelivery.builder().then("twilio", viaTwilio)
                        .then("smpp", viaSmpp, EnumSet.of(DeliveryMethod.SMS)).clock(clock).build()
                        .deliver(TestMessages.sms());

                assertThat(outcome).isEqualTo(new DeliveryOutcome.Accepted("smpp", "m1"));
                assertThat(twilio.requests()).hasSize(1);
                assertThat(smsc.submits()).hasSize(1);
            }
        }
    }

    private FailoverCodeDelivery failover(CodeDelivery first, CodeDelivery second) {
        return FailoverCodeDelivery.builder().then("first", first).then("second", second).clock(clock).build();
    }

    /** Answers one outcome and records each message. */
    private static final class Recording implements CodeDelivery {
        private final DeliveryOutcome outcome;
        private final List<CodeMessage> calls = new ArrayList<>();

        Recording(DeliveryOutcome outcome) {
            this.outcome = outcome;
        }

        List<CodeMessage> calls() {
            return calls;
        }

        @Override
        public DeliveryOutcome deliver(CodeMessage message) {
            calls.add(message);
            return outcome;
        }
    }
}
