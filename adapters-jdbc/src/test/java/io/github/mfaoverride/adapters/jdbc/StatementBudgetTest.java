package io.github.mfaoverride.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.github.mfaoverride.command.CancelRequest;
import io.github.mfaoverride.command.ResendCode;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.limits.RateLimitPolicy;
import io.github.mfaoverride.outcome.CancelOutcome;
import io.github.mfaoverride.outcome.SendOutcome;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.testkit.MutableClock;
import io.github.mfaoverride.workflow.RequestId;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Counts the JDBC statements each use case prepares, against the budget documented in the package javadoc of
 * {@code io.github.mfaoverride.adapters.jdbc}: without the cross-request safeguards, and for a send with the
 * rate-limit counters, the lockouts and the audit trail in the same database. A change that adds round trips fails
 * here until both are changed.
 */
class StatementBudgetTest {

    private static final Map<String, Integer> BUDGET = budget();
    private static final Map<String, Integer> GUARDED_BUDGET_H2 = guardedBudget(23, 17);
    private static final Map<String, Integer> GUARDED_BUDGET_POSTGRES = guardedBudget(17, 17);

    @Test
    void useCasesWhenRunThroughTheFacadeThenStayWithinTheStatementBudget() {
        MutableClock clock = MutableClock.startingMonday();
        JdbcProxies.Counting counting = new JdbcProxies.Counting(TestDatabases.h2());
        Node node = new Node(counting.dataSource(), clock).seedMerchant();
        Map<String, Integer> spent = new LinkedHashMap<>();
        counting.takeCount();

        RequestId first = node.begin();
        spent.put("begin", counting.takeCount());
        RequestId id = node.begin();
        spent.put("begin superseding", counting.takeCount());
        String proof = node.passStepUp(id);
        spent.put("answerStepUp", counting.takeCount());
        node.sendCode(id, proof);
        spent.put("sendCode", counting.takeCount());
        String code = node.codeOnNewPhone();
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertThat(node.verify(id, proof, wrong)).isInstanceOf(VerifyOutcome.WrongCode.class);
        spent.put("verifyCode wrong", counting.takeCount());
        assertThat(node.verify(id, proof, code)).isInstanceOf(VerifyOutcome.Completed.class);
        spent.put("verifyCode right", counting.takeCount());
        RequestId cancelled = node.begin();
        counting.takeCount();
        assertThat(node.mfa.cancel(new CancelRequest(cancelled, Node.ADMIN)))
                .isInstanceOf(CancelOutcome.Cancelled.class);
        spent.put("cancel", counting.takeCount());
        clock.advance(Duration.ofDays(2));
        assertThat(node.mfa.purgeExpired(Duration.ofDays(1), 100)).isEqualTo(3);
        spent.put("purgeExpired", counting.takeCount());

        assertThat(first).isNotEqualTo(id);
        assertThat(spent).containsExactlyEntriesOf(BUDGET);
    }

    @Test
    void sendCodeWhenLimitsAndAuditAreWiredOnH2ThenStaysWithinItsBudget() {
        assertThat(guardedSends(TestDatabases.h2())).containsExactlyEntriesOf(GUARDED_BUDGET_H2);
    }

    @Test
    void sendCodeWhenLimitsAndAuditAreWiredOnPostgresThenStaysWithinItsBudget() {
        try (HikariDataSource pool = TestDatabases.postgres()) {
            assertThat(guardedSends(pool)).containsExactlyEntriesOf(GUARDED_BUDGET_POSTGRES);
        }
    }

    /** Counts a first send (every counter key new) and a resend (every key known) with all safeguards wired. */
    private static Map<String, Integer> guardedSends(DataSource database) {
        MutableClock clock = MutableClock.startingMonday();
        JdbcProxies.Counting counting = new JdbcProxies.Counting(database);
        Node node = new Node(counting.dataSource(), clock, RateLimitPolicy.defaults()).seedMerchant();
        RequestId id = node.begin();
        String proof = node.passStepUp(id);
        Map<String, Integer> spent = new LinkedHashMap<>();
        counting.takeCount();

        node.sendCode(id, proof);
        spent.put("sendCode, new counters", counting.takeCount());
        clock.advance(Duration.ofSeconds(31));
        assertThat(node.mfa.resendCode(new ResendCode(id, Node.ADMIN, proof, DeliveryMethod.SMS)))
                .isInstanceOf(SendOutcome.CodeSent.class);
        spent.put("resendCode, known counters", counting.takeCount());

        assertThat(node.store.auditTrail().recordsOf(id)).hasSize(4);
        return spent;
    }

    private static Map<String, Integer> guardedBudget(int firstSend, int resend) {
        Map<String, Integer> budget = new LinkedHashMap<>();
        budget.put("sendCode, new counters", firstSend);
        budget.put("resendCode, known counters", resend);
        return budget;
    }

    private static Map<String, Integer> budget() {
        Map<String, Integer> budget = new LinkedHashMap<>();
        budget.put("begin", 5);
        budget.put("begin superseding", 6);
        budget.put("answerStepUp", 5);
        budget.put("sendCode", 6);
        budget.put("verifyCode wrong", 5);
        budget.put("verifyCode right", 6);
        budget.put("cancel", 2);
        budget.put("purgeExpired", 1);
        return budget;
    }
}
