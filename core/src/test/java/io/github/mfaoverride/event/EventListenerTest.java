package io.github.mfaoverride.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.adapters.inmemory.OutcomeCounter;
import io.github.mfaoverride.command.BeginPhoneChange;
import io.github.mfaoverride.command.VerifyCode;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.limits.LockoutPolicy;
import io.github.mfaoverride.outcome.Limit;
import io.github.mfaoverride.outcome.Locked;
import io.github.mfaoverride.outcome.RefusalReason;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.scenario.Harness;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventListenerTest {

    private static final String NEW_NUMBER = "+12015550123";

    @Test
    void outcomeCounterWhenAChangeCompletesAfterAWrongCodeThenCountsEachOutcomeOnce() {
        Harness h = Harness.create();
        UserId admin = h.admin("admin");
        Harness.Flow flow = h.stepUp(admin, h.user("user"));
        h.send(flow, NEW_NUMBER);
        String code = h.lastCodeTo(NEW_NUMBER);
        h.mfa.verifyCode(new VerifyCode(flow.id(), admin, flow.proof(), code.equals("000000") ? "111111" : "000000"));
        h.mfa.verifyCode(new VerifyCode(flow.id(), admin, flow.proof(), code));
        h.mfa.begin(new BeginPhoneChange(admin, admin));

        OutcomeCounter counter = h.outcomes;
        assertThat(counter.count(MfaEvent.Started.class)).isEqualTo(1);
        assertThat(counter.count(MfaEvent.StepUpPassed.class)).isEqualTo(1);
        assertThat(counter.count(MfaEvent.CodeSent.class)).isEqualTo(1);
        assertThat(counter.count(MfaEvent.WrongAnswer.class)).isEqualTo(1);
        assertThat(counter.count(MfaEvent.Verified.class)).isEqualTo(1);
        assertThat(counter.count(MfaEvent.Completed.class)).isEqualTo(1);
        assertThat(counter.refusals(RefusalReason.INELIGIBLE)).isEqualTo(1);
        assertThat(counter.snapshot()).containsEntry("Refused", 1L).doesNotContainKey("LockedOut");
    }

    @Test
    void eventsWhenATargetIsLockedOutThenALockedOutEventNamesTheLimitAndItsEnd() {
        Harness h = Harness.create(builder -> builder.lockoutPolicy(LockoutPolicy.fixed(1, Duration.ofHours(1))));
        UserId admin = h.admin("admin");
        Harness.Flow flow = h.stepUp(admin, h.user("user"));
        h.send(flow, NEW_NUMBER);
        String code = h.lastCodeTo(NEW_NUMBER);

        VerifyOutcome outcome = h.mfa.verifyCode(new VerifyCode(flow.id(), admin, flow.proof(),
                code.equals("000000") ? "111111" : "000000"));

        assertThat(outcome).isInstanceOf(Locked.class);
        assertThat(h.events.eventsOf(MfaEvent.LockedOut.class)).extracting(MfaEvent.LockedOut::limit)
                .containsExactly(Limit.TARGET_FAILURES, Limit.ADMIN_FAILURES);
        assertThat(h.events.eventsOf(MfaEvent.LockedOut.class)).allSatisfy(event ->
                assertThat(event.until()).isEqualTo(h.clock.instant().plus(Duration.ofHours(1))));
        assertThat(h.events.eventsOf(MfaEvent.RequestLocked.class)).hasSize(1);
    }

    @Test
    void eventsWhenTheHostPassesACorrelationIdThenEveryEventAndRecordOfTheCallCarriesIt() {
        Harness h = Harness.create();
        UserId admin = h.admin("admin");

        h.mfa.withCorrelationId("http-req-42").begin(new BeginPhoneChange(admin, h.user("user")));
        h.mfa.begin(new BeginPhoneChange(admin, h.user("other")));

        assertThat(h.events.events()).extracting(event -> event.context().correlationId())
                .containsExactly(Optional.of("http-req-42"), Optional.empty());
        assertThat(h.audit.records().get(0).correlationId()).contains("http-req-42");
        assertThat(h.audit.records().get(1).correlationId()).isEmpty();
    }

    @Test
    void eventsWhenAListenerThrowsThenTheStepStillSucceedsAndOtherListenersStillHearIt() {
        Harness h = Harness.create(builder -> builder.eventListener(event -> {
            throw new IllegalStateException("metrics backend down");
        }));
        UserId admin = h.admin("admin");

        VerifyOutcome outcome = h.change(admin, h.user("user"), NEW_NUMBER);

        assertThat(outcome).isInstanceOf(VerifyOutcome.Completed.class);
        assertThat(h.outcomes.count(MfaEvent.Completed.class)).isEqualTo(1);
    }
}
