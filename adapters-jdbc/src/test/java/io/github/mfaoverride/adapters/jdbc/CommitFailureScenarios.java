package io.github.mfaoverride.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.error.TransientFailureException;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.testkit.MutableClock;
import io.github.mfaoverride.workflow.PhoneChangeRequest;
import io.github.mfaoverride.workflow.RequestId;
import io.github.mfaoverride.workflow.RequestState;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The connection breaks at the commit of a completion: nothing is applied, and the same call succeeds again. */
abstract class CommitFailureScenarios {

    /** Returns a fresh, migrated database for one test. */
    abstract DataSource database();

    @Test
    void verifyCodeWhenCommitFailsThenNothingChangesAndARetrySucceeds() {
        JdbcProxies.FailingCommit failing = new JdbcProxies.FailingCommit(database());
        Node node = new Node(failing.dataSource(), MutableClock.startingMonday()).seedMerchant();
        RequestId id = node.begin();
        String proof = node.passStepUp(id);
        node.sendCode(id, proof);
        String code = node.codeOnNewPhone();
        PhoneChangeRequest before = node.store.requests().find(id).orElseThrow();

        failing.failNextCommit();
        assertThatThrownBy(() -> node.verify(id, proof, code)).isInstanceOf(TransientFailureException.class);

        assertThat(node.targetPhone()).isEqualTo(PhoneNumber.ofE164(Node.OLD_PHONE));
        assertThat(node.store.requests().find(id)).contains(before);
        assertThat(node.verify(id, proof, code)).isInstanceOf(VerifyOutcome.Completed.class);
        assertThat(node.targetPhone()).isEqualTo(PhoneNumber.ofE164(Node.NEW_PHONE));
        assertThat(node.store.requests().find(id).orElseThrow().state()).isEqualTo(RequestState.COMPLETED);
    }
}
