package io.github.mfaoverride.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.github.mfaoverride.approval.ApprovalRule;
import io.github.mfaoverride.audit.AuditOutcome;
import io.github.mfaoverride.audit.AuditRecord;
import io.github.mfaoverride.command.ApproveChange;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.outcome.ApprovalOutcome;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.testkit.MutableClock;
import io.github.mfaoverride.workflow.RequestId;
import io.github.mfaoverride.workflow.RequestState;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The four-eyes rule across two nodes on PostgreSQL: a change held for approval outlives the request's own
 * lifetime in the database, and a second admin on the other node approves it.
 */
class FourEyesOnPostgresTest {

    private final MutableClock clock = MutableClock.startingMonday();
    private HikariDataSource poolA;
    private HikariDataSource poolB;
    private Node nodeA;
    private Node nodeB;

    @BeforeEach
    void startNodes() {
        String url = TestDatabases.postgresUrl();
        poolA = TestDatabases.pool(url, 4, "four-eyes-a");
        poolB = TestDatabases.pool(url, 4, "four-eyes-b");
        nodeA = new Node(poolA, clock, ApprovalRule.always()).seedMerchant();
        nodeB = new Node(poolB, clock, ApprovalRule.always());
    }

    @AfterEach
    void stopNodes() {
        poolA.close();
        poolB.close();
    }

    @Test
    void approveWhenHeldLongerThanTheRequestLifetimeThenTheSecondAdminOnTheOtherNodeCompletesIt() {
        UserId approver = nodeA.seedAdmin("admin-2");
        RequestId id = nodeA.begin();
        String proof = nodeA.passStepUp(id);
        nodeA.sendCode(id, proof);
        assertThat(nodeA.verify(id, proof, nodeA.codeOnNewPhone()))
                .isInstanceOf(VerifyOutcome.AwaitingApproval.class);
        clock.advance(Duration.ofHours(2));

        ApprovalOutcome outcome = nodeB.mfa.approve(new ApproveChange(id, approver));

        assertThat(outcome).isInstanceOf(ApprovalOutcome.Approved.class);
        assertThat(nodeA.targetPhone()).isEqualTo(PhoneNumber.ofE164(Node.NEW_PHONE));
        assertThat(nodeA.store.requests().find(id).orElseThrow().state()).isEqualTo(RequestState.COMPLETED);
        assertThat(nodeB.store.auditTrail().recordsOf(id)).extracting(AuditRecord::outcome)
                .containsExactly(AuditOutcome.STARTED, AuditOutcome.STEP_UP_PASSED, AuditOutcome.CODE_SENT,
                        AuditOutcome.AWAITING_APPROVAL, AuditOutcome.COMPLETED);
    }
}
