package io.github.mfaoverride.approval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.audit.AuditOutcome;
import io.github.mfaoverride.audit.AuditRecord;
import io.github.mfaoverride.audit.AuditStep;
import io.github.mfaoverride.authorization.Ineligibility;
import io.github.mfaoverride.command.ApproveChange;
import io.github.mfaoverride.command.CancelRequest;
import io.github.mfaoverride.command.RejectChange;
import io.github.mfaoverride.domain.AdminRole;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.outcome.ApprovalOutcome;
import io.github.mfaoverride.outcome.CancelOutcome;
import io.github.mfaoverride.outcome.RefusalReason;
import io.github.mfaoverride.outcome.Refused;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.scenario.Harness;
import io.github.mfaoverride.testkit.TestUsers;
import io.github.mfaoverride.workflow.RequestId;
import io.github.mfaoverride.workflow.RequestState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The four-eyes rule (OWASP ASVS 5.0 2.3.5) with {@link ApprovalRule#whenTargetIsAdmin()}. */
class FourEyesApprovalTest {

    private static final String NEW_NUMBER = "+12015550123";
    private static final Duration APPROVAL_LIFETIME = Duration.ofHours(2);

    private Harness h;
    private UserId alice;
    private UserId bob;
    private UserId carol;

    @BeforeEach
    void wire() {
        h = Harness.create(builder -> builder.approvalRule(ApprovalRule.whenTargetIsAdmin())
                .approvalLifetime(APPROVAL_LIFETIME));
        alice = h.admin("alice");
        bob = h.admin("bob");
        carol = h.save(TestUsers.user("carol").in("m-1").grant(AdminRole.MERCHANT_ADMIN, "m-1")
                .mfaOn("+12015550102").notifiedAt("carol@mail.example"));
    }

    @Test
    void verifyCodeWhenTargetIsAdminThenWaitsForApprovalAndTheOldNumberStays() {
        VerifyOutcome outcome = h.change(alice, carol, NEW_NUMBER);

        assertThat(outcome).isInstanceOfSatisfying(VerifyOutcome.AwaitingApproval.class, waiting -> {
            assertThat(waiting.maskedPhone()).isEqualTo("+1 ***-***-0123");
            assertThat(waiting.approveBefore()).isEqualTo(h.clock.instant().plus(APPROVAL_LIFETIME));
        });
        assertThat(phoneOf(carol)).isEqualTo(PhoneNumber.ofE164("+12015550102"));
        assertThat(h.notices.sent()).isEmpty();
    }

    @Test
    void verifyCodeWhenTargetIsNotAnAdminThenCompletesWithoutApproval() {
        UserId dave = h.user("dave");

        assertThat(h.change(alice, dave, NEW_NUMBER)).isInstanceOf(VerifyOutcome.Completed.class);
        assertThat(phoneOf(dave)).isEqualTo(PhoneNumber.ofE164(NEW_NUMBER));
    }

    @Test
    void approveWhenASecondEligibleAdminApprovesThenTheNumberChangesAndIsAudited() {
        RequestId id = awaitingApproval();

        ApprovalOutcome outcome = h.mfa.approve(new ApproveChange(id, bob));

        assertThat(outcome).isEqualTo(new ApprovalOutcome.Approved(carol, "+1 ***-***-0123"));
        assertThat(phoneOf(carol)).isEqualTo(PhoneNumber.ofE164(NEW_NUMBER));
        assertThat(h.store.requests().find(id).orElseThrow().state()).isEqualTo(RequestState.COMPLETED);
        AuditRecord approval = last(id, AuditStep.APPROVE);
        assertThat(approval.outcome()).isEqualTo(AuditOutcome.COMPLETED);
        assertThat(approval.actingAdmin()).contains(bob);
        assertThat(approval.maskedOldNumber()).contains("+1 ***-***-0102");
        assertThat(approval.maskedNewNumber()).contains("+1 ***-***-0123");
        assertThat(h.notices.sent()).extracting(n -> n.recipient().masked())
                .containsExactly("c***@mail.example", "+1 ***-***-0102");
    }

    @Test
    void approveWhenTheAdminWhoBeganTheChangeApprovesThenRefusedAsSelfApproval() {
        RequestId id = awaitingApproval();

        ApprovalOutcome outcome = h.mfa.approve(new ApproveChange(id, alice));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(RefusalReason.SELF_APPROVAL));
        assertThat(phoneOf(carol)).isEqualTo(PhoneNumber.ofE164("+12015550102"));
        assertThat(h.store.requests().find(id).orElseThrow().state()).isEqualTo(RequestState.AWAITING_APPROVAL);
        assertThat(last(id, AuditStep.APPROVE).reason()).contains("SELF_APPROVAL");
    }

    @Test
    void approveWhenTheTargetApprovesTheirOwnChangeThenRefused() {
        RequestId id = awaitingApproval();

        ApprovalOutcome outcome = h.mfa.approve(new ApproveChange(id, carol));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(RefusalReason.APPROVER_INELIGIBLE));
        assertThat(phoneOf(carol)).isEqualTo(PhoneNumber.ofE164("+12015550102"));
    }

    @Test
    void approveWhenApproverHasNoScopeOverTheTargetThenRefusedWithTheReasons() {
        RequestId id = awaitingApproval();
        UserId outsider = h.save(TestUsers.user("outsider").in("m-2").grant(AdminRole.MERCHANT_ADMIN, "m-2")
                .mfaOn("+12015550103"));

        ApprovalOutcome outcome = h.mfa.approve(new ApproveChange(id, outsider));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(RefusalReason.APPROVER_INELIGIBLE);
            assertThat(r.ineligibilities()).contains(Ineligibility.TARGET_OUT_OF_SCOPE);
        });
    }

    @Test
    void approveWhenTheApprovalExpiredThenRefusedAndTheChangeIsDropped() {
        RequestId id = awaitingApproval();
        Instant approveBefore = h.clock.instant().plus(APPROVAL_LIFETIME);

        h.clock.set(approveBefore);
        ApprovalOutcome outcome = h.mfa.approve(new ApproveChange(id, bob));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(RefusalReason.APPROVAL_EXPIRED));
        assertThat(h.store.requests().find(id).orElseThrow().state()).isEqualTo(RequestState.EXPIRED);
        assertThat(phoneOf(carol)).isEqualTo(PhoneNumber.ofE164("+12015550102"));
        assertThat(h.mfa.approve(new ApproveChange(id, bob))).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(RefusalReason.WRONG_STATE));
    }

    @Test
    void approveWhenOneMillisecondIsLeftThenTheChangeCommits() {
        RequestId id = awaitingApproval();

        h.clock.set(h.clock.instant().plus(APPROVAL_LIFETIME).minusMillis(1));

        assertThat(h.mfa.approve(new ApproveChange(id, bob))).isInstanceOf(ApprovalOutcome.Approved.class);
    }

    @Test
    void rejectWhenASecondAdminRejectsThenTheRequestIsCancelledAndTheOldNumberStays() {
        RequestId id = awaitingApproval();

        ApprovalOutcome outcome = h.mfa.reject(new RejectChange(id, bob));

        assertThat(outcome).isEqualTo(new ApprovalOutcome.Rejected(id));
        assertThat(h.store.requests().find(id).orElseThrow().state()).isEqualTo(RequestState.CANCELLED);
        assertThat(phoneOf(carol)).isEqualTo(PhoneNumber.ofE164("+12015550102"));
        assertThat(last(id, AuditStep.REJECT).outcome()).isEqualTo(AuditOutcome.REJECTED);
        assertThat(h.mfa.approve(new ApproveChange(id, bob))).isInstanceOf(Refused.class);
    }

    @Test
    void cancelWhenAwaitingApprovalThenTheAdminWhoBeganItMayWithdrawIt() {
        RequestId id = awaitingApproval();

        CancelOutcome outcome = h.mfa.cancel(new CancelRequest(id, alice));

        assertThat(outcome).isEqualTo(new CancelOutcome.Cancelled(id));
        assertThat(h.mfa.approve(new ApproveChange(id, bob))).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(RefusalReason.WRONG_STATE));
    }

    @Test
    void approveWhenTheRequestIsNotAwaitingApprovalThenRefusedAsWrongState() {
        Harness.Flow flow = h.stepUp(alice, carol);

        ApprovalOutcome outcome = h.mfa.approve(new ApproveChange(flow.id(), bob));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(RefusalReason.WRONG_STATE);
            assertThat(r.state()).contains(RequestState.STEP_UP_PASSED);
        });
    }

    private RequestId awaitingApproval() {
        VerifyOutcome outcome = h.change(alice, carol, NEW_NUMBER);
        return ((VerifyOutcome.AwaitingApproval) outcome).requestId();
    }

    private PhoneNumber phoneOf(UserId user) {
        return h.store.directory().findUser(user).orElseThrow().mfa().phone().orElseThrow();
    }

    private AuditRecord last(RequestId id, AuditStep step) {
        return h.audit.recordsOf(id).stream().filter(r -> r.step() == step).reduce((a, b) -> b).orElseThrow();
    }
}
