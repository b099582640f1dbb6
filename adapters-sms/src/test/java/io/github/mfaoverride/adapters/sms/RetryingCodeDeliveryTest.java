package io.github.mfaoverride.adapters.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.port.CodeMessage;
import io.github.mfaoverride.port.DeliveryOutcome;
import io.github.mfaoverride.port.DeliveryRefusal;
import io.github.mfaoverride.testkit.MutableClock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryingCodeDeliveryTest {

    private static final AttemptOutcome ACCEPTED =
            new AttemptOutcome.Final(new DeliveryOutcome.Accepted("test", "id-1"));
    private static final AttemptOutcome THROTTLED = new AttemptOutcome.NotProcessed("throttled", Optional.empty());
    private static final AttemptOutcome TIMED_OUT = new AttemptOutcome.Ambiguous("timed out");

    private final MutableClock clock = MutableClock.startingMonday();
    private final ClockSleeper sleeper = new ClockSleeper(clock);
    private final ScriptedAttempt attempt = new ScriptedAttempt();

    @Test
    void deliverWhenFirstAttemptIsFinalThenReturnsItWithoutRetry() {
        attempt.answers(new AttemptOutcome.Final(new DeliveryOutcome.Refused(DeliveryRefusal.OPTED_OUT, "stop")));

        DeliveryOutcome outcome = delivery(RetryPolicy.defaults()).deliver(TestMessages.sms());

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Refused(DeliveryRefusal.OPTED_OUT, "stop"));
        assertThat(attempt.calls()).hasSize(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void deliverWhenNotProcessedThenBacksOffExponentiallyUntilAccepted() {
        attempt.answers(THROTTLED, THROTTLED, ACCEPTED);

        DeliveryOutcome outcome = delivery(RetryPolicy.defaults()).deliver(TestMessages.sms());

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Accepted("test", "id-1"));
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void deliverWhenProviderSaysRetryAfterThenWaitsThatLong() {
        attempt.answers(new AttemptOutcome.NotProcessed("429", Optional.of(Duration.ofSeconds(20))), ACCEPTED);

        delivery(RetryPolicy.defaults()).deliver(TestMessages.sms());

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(20));
    }

    @Test
    void deliverWhenRetryingThenEachAttemptCarriesTheRemainingLifetime() {
        attempt.answers(new AttemptOutcome.NotProcessed("429", Optional.of(Duration.ofSeconds(20))), ACCEPTED);

        delivery(RetryPolicy.defaults()).deliver(TestMessages.sms());

        assertThat(attempt.calls()).extracting(CodeMessage::validFor)
                .containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(5).minusSeconds(20));
    }

    @Test
    void deliverWhenAmbiguousTwiceThenRetriesOnceOnly() {
        attempt.answers(TIMED_OUT, TIMED_OUT, ACCEPTED);

        DeliveryOutcome outcome = delivery(RetryPolicy.defaults()).deliver(TestMessages.sms());

        assertThat(outcome).isEqualTo(new DeliveryOutcome.TransientFailure("timed out", Optional.empty()));
        assertThat(attempt.calls()).hasSize(2);
    }

    @Test
    void deliverWhenPolicyAllowsNoAmbiguousRetryThenStopsAtTheFirst() {
        attempt.answers(TIMED_OUT, ACCEPTED);
        RetryPolicy noDuplicates = new RetryPolicy(3, 0, Duration.ofSeconds(1), Duration.ofSeconds(8),
                Duration.ofSeconds(30));

        DeliveryOutcome outcome = delivery(noDuplicates).deliver(TestMessages.sms());

        assertThat(outcome).isInstanceOf(DeliveryOutcome.TransientFailure.class);
        assertThat(attempt.calls()).hasSize(1);
    }

    @Test
    void deliverWhenAttemptsRunOutThenReportsTheLastFailureWithItsRetryAfter() {
        AttemptOutcome slowDown = new AttemptOutcome.NotProcessed("429", Optional.of(Duration.ofSeconds(2)));
        attempt.answers(slowDown, slowDown, slowDown, ACCEPTED);

        DeliveryOutcome outcome = delivery(RetryPolicy.defaults()).deliver(TestMessages.sms());

        assertThat(outcome).isEqualTo(new DeliveryOutcome.TransientFailure("429", Optional.of(Duration.ofSeconds(2))));
        assertThat(attempt.calls()).hasSize(3);
    }

    @Test
    void deliverWhenTheWaitWouldOutlastTheCodeThenGivesUpAtOnce() {
        attempt.answers(new AttemptOutcome.NotProcessed("429", Optional.of(Duration.ofSeconds(271))), ACCEPTED);

        DeliveryOutcome outcome = delivery(RetryPolicy.defaults()).deliver(TestMessages.sms());

        assertThat(outcome).isInstanceOf(DeliveryOutcome.TransientFailure.class);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void deliverWhenTheWaitLeavesExactlyTheMinimumLifetimeThenStillRetries() {
        attempt.answers(new AttemptOutcome.NotProcessed("429", Optional.of(Duration.ofSeconds(270))), ACCEPTED);

        DeliveryOutcome outcome = delivery(RetryPolicy.defaults()).deliver(TestMessages.sms());

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Accepted.class);
        assertThat(attempt.calls().get(1).validFor()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void deliverWhenInterruptedWhileWaitingThenStopsAndKeepsTheInterrupt() {
        attempt.answers(THROTTLED, ACCEPTED);
        RetryingCodeDelivery delivery = new RetryingCodeDelivery("test", attempt, RetryPolicy.defaults(), clock,
                duration -> {
                    throw new InterruptedException();
                });

        DeliveryOutcome outcome = delivery.deliver(TestMessages.sms());

        assertThat(outcome).isInstanceOf(DeliveryOutcome.TransientFailure.class);
        assertThat(Thread.interrupted()).isTrue();
        assertThat(attempt.calls()).hasSize(1);
    }

    private RetryingCodeDelivery delivery(RetryPolicy policy) {
        return new RetryingCodeDelivery("test", attempt, policy, clock, sleeper);
    }

    /** Plays outcomes in order and records each message it was given. */
    private static final class ScriptedAttempt implements SendAttempt {
        private final Deque<AttemptOutcome> answers = new ArrayDeque<>();
        private final List<CodeMessage> calls = new ArrayList<>();

        void answers(AttemptOutcome... outcomes) {
            answers.addAll(List.of(outcomes));
        }

        List<CodeMessage> calls() {
            return calls;
        }

        @Override
        public AttemptOutcome attempt(CodeMessage message) {
            calls.add(message);
            return answers.remove();
        }
    }
}
