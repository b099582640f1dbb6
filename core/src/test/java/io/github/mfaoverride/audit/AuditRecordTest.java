package io.github.mfaoverride.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.mfaoverride.command.BeginPhoneChange;
import io.github.mfaoverride.command.VerifyCode;
import io.github.mfaoverride.domain.OrganizationId;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.error.InvalidInputException;
import io.github.mfaoverride.error.UnknownEntityException;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.scenario.Harness;
import io.github.mfaoverride.workflow.RequestId;
import io.github.mfaoverride.workflow.RequestState;
import org.junit.jupiter.api.Test;

class AuditRecordTest {

    private static final String NEW_NUMBER = "+12015550123";

    @Test
    void verifyCodeWhenTheChangeCompletesThenTheRecordTellsWhoWhatWhereAndHow() {
        Harness h = Harness.create();
        UserId admin = h.admin("admin");
        UserId user = h.user("user");

        h.mfa.withCorrelationId("trace-7").verifyCode(verifyRight(h, admin, user));

        AuditRecord completed = h.audit.records().stream().filter(r -> r.outcome() == AuditOutcome.COMPLETED)
                .findFirst().orElseThrow();
        assertThat(completed.step()).isEqualTo(AuditStep.VERIFY_CODE);
        assertThat(completed.at()).isEqualTo(h.clock.instant());
        assertThat(completed.correlationId()).contains("trace-7");
        assertThat(completed.actingAdmin()).contains(admin);
        assertThat(completed.target()).contains(user);
        assertThat(completed.organization()).contains(OrganizationId.of("m-1"));
        assertThat(completed.state()).contains(RequestState.COMPLETED);
        assertThat(completed.maskedOldNumber()).contains("+1 ***-***-0101");
        assertThat(completed.maskedNewNumber()).contains("+1 ***-***-0123");
        assertThat(completed.method()).isPresent();
        assertThat(completed.reason()).isEmpty();
    }

    @Test
    void useCaseWhenInputIsBadOrUnknownThenTheErrorIsAuditedAsFailedAndStillThrown() {
        Harness h = Harness.create();
        UserId admin = h.admin("admin");

        assertThatThrownBy(() -> h.mfa.verifyCode(new VerifyCode(RequestId.of("missing"), admin, "proof", "123456")))
                .isInstanceOf(UnknownEntityException.class);
        assertThatThrownBy(() -> h.mfa.begin(null)).isInstanceOf(InvalidInputException.class);

        assertThat(h.audit.records()).extracting(AuditRecord::step, AuditRecord::outcome, r -> r.reason().orElseThrow())
                .containsExactly(
                        tuple(AuditStep.VERIFY_CODE, AuditOutcome.FAILED, "UNKNOWN_ENTITY"),
                        tuple(AuditStep.BEGIN, AuditOutcome.FAILED, "INVALID_INPUT"));
    }

    @Test
    void useCaseWhenTheAuditStoreFailsThenTheStepsOutcomeStands() {
        Harness h = Harness.create(builder -> builder.auditTrail(record -> {
            throw new IllegalStateException("audit database down");
        }));
        UserId admin = h.admin("admin");
        UserId user = h.user("user");

        VerifyOutcome outcome = h.mfa.verifyCode(verifyRight(h, admin, user));

        assertThat(outcome).isInstanceOf(VerifyOutcome.Completed.class);
    }

    @Test
    void withCorrelationIdWhenBlankOrTooLongThenRefusedAsInvalidInput() {
        Harness h = Harness.create();

        assertThatThrownBy(() -> h.mfa.withCorrelationId(" ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> h.mfa.withCorrelationId("x".repeat(129))).isInstanceOf(InvalidInputException.class);
        assertThat(h.mfa.withCorrelationId("x".repeat(128))).isNotNull();
    }

    @Test
    void beginWhenTheAdminIsIneligibleThenTheRefusalIsAuditedWithoutARequest() {
        Harness h = Harness.create();
        UserId admin = h.admin("admin");

        h.mfa.begin(new BeginPhoneChange(admin, admin));

        assertThat(h.audit.records()).singleElement().satisfies(record -> {
            assertThat(record.outcome()).isEqualTo(AuditOutcome.REFUSED);
            assertThat(record.reason()).contains("INELIGIBLE");
            assertThat(record.request()).isEmpty();
            assertThat(record.detail()).hasValueSatisfying(detail -> assertThat(detail).contains("SELF_TARGET"));
        });
    }

    private static VerifyCode verifyRight(Harness h, UserId admin, UserId user) {
        Harness.Flow flow = h.stepUp(admin, user);
        h.send(flow, NEW_NUMBER);
        return new VerifyCode(flow.id(), admin, flow.proof(), h.lastCodeTo(NEW_NUMBER));
    }
}
