package io.github.mfaoverride.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.command.CancelRequest;
import io.github.mfaoverride.outcome.CancelOutcome;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.testkit.MutableClock;
import io.github.mfaoverride.workflow.RequestId;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Counts the JDBC statements each use case prepares, against the budget documented in the package javadoc of
 * {@code io.github.mfaoverride.adapters.jdbc}. A change that adds round trips fails here until both are changed.
 */
class StatementBudgetTest {

    private static final Map<String, Integer> BUDGET = budget();

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

    private static Map<String, Integer> budget() {
        Map<String, Integer> budget = new LinkedHashMap<>();
        budget.put("begin", 5);
        budget.put("begin superseding", 6);
        budget.put("answerStepUp", 5);
        budget.put("sendCode", 6);
        budget.put("verifyCode wrong", 5);
        budget.put("verifyCode right", 7);
        budget.put("cancel", 2);
        budget.put("purgeExpired", 1);
        return budget;
    }
}
