package io.github.mfaoverride.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.github.mfaoverride.command.BeginPhoneChange;
import io.github.mfaoverride.domain.MfaEnrollment;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.error.ConcurrentUpdateException;
import io.github.mfaoverride.outcome.BeginOutcome;
import io.github.mfaoverride.outcome.Refused;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.testkit.MutableClock;
import io.github.mfaoverride.workflow.RequestId;
import io.github.mfaoverride.workflow.RequestState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two service instances, each with its own connection pool, over one PostgreSQL database. */
class TwoNodesOnPostgresTest {

    private final MutableClock clock = MutableClock.startingMonday();
    private HikariDataSource poolA;
    private HikariDataSource poolB;
    private Node nodeA;
    private Node nodeB;

    @BeforeEach
    void startNodes() {
        String url = TestDatabases.postgresUrl();
        poolA = TestDatabases.pool(url, 8, "node-a");
        poolB = TestDatabases.pool(url, 8, "node-b");
        nodeA = new Node(poolA, clock).seedMerchant();
        nodeB = new Node(poolB, clock);
    }

    @AfterEach
    void stopNodes() {
        poolA.close();
        poolB.close();
    }

    @Test
    void verifyCodeWhenFlowBeganOnAnotherNodeThenCompletesThere() {
        RequestId id = nodeA.begin();
        String proof = nodeA.passStepUp(id);
        nodeA.sendCode(id, proof);

        VerifyOutcome outcome = nodeB.verify(id, proof, nodeA.codeOnNewPhone());

        assertThat(outcome).isInstanceOf(VerifyOutcome.Completed.class);
        assertThat(nodeA.targetPhone()).isEqualTo(PhoneNumber.ofE164(Node.NEW_PHONE));
        assertThat(nodeA.store.requests().find(id).orElseThrow().state()).isEqualTo(RequestState.COMPLETED);
    }

    @Test
    void verifyCodeWhenBothNodesRaceWithTheRightCodeThenExactlyOneCompletesEachRound() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 100; round++) {
                RequestId id = nodeA.begin();
                String proof = nodeA.passStepUp(id);
                nodeA.sendCode(id, proof);
                String code = nodeA.codeOnNewPhone();
                long versionBefore = nodeA.store.directory().findUser(Node.TARGET).orElseThrow().version();
                CountDownLatch start = new CountDownLatch(1);

                List<Future<Object>> results = List.of(
                        pool.submit(verifying(nodeA, id, proof, code, start)),
                        pool.submit(verifying(nodeB, id, proof, code, start)));
                start.countDown();
                List<Object> outcomes = new ArrayList<>();
                for (Future<Object> result : results) {
                    outcomes.add(result.get(30, TimeUnit.SECONDS));
                }

                assertThat(outcomes).as("round %d", round)
                        .filteredOn(VerifyOutcome.Completed.class::isInstance).hasSize(1);
                assertThat(outcomes).as("round %d", round).allSatisfy(outcome -> assertThat(outcome)
                        .isInstanceOfAny(VerifyOutcome.Completed.class, Refused.class,
                                ConcurrentUpdateException.class));
                assertThat(nodeB.store.directory().findUser(Node.TARGET).orElseThrow().version())
                        .as("round %d", round).isEqualTo(versionBefore + 1);
                restoreOldPhone();
                clock.advance(Duration.ofMinutes(1));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void beginWhenManyAdminsTargetOneUserAtOnceThenOneOpenRequestRemains() throws Exception {
        int admins = 8;
        List<UserId> adminIds = new ArrayList<>();
        for (int i = 0; i < admins; i++) {
            adminIds.add(nodeA.seedAdmin("admin-race-" + i));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(admins);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < admins; i++) {
                Node node = i % 2 == 0 ? nodeA : nodeB;
                UserId admin = adminIds.get(i);
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return node.mfa.begin(new BeginPhoneChange(admin, Node.TARGET));
                    } catch (ConcurrentUpdateException lost) {
                        return lost;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }

            assertThat(outcomes).filteredOn(BeginOutcome.Started.class::isInstance).isNotEmpty();
            assertThat(openRequestsOfTarget()).isEqualTo(1);
            RequestId open = nodeB.store.requests().findOpenByTarget(Node.TARGET).orElseThrow().id();
            assertThat(outcomes).filteredOn(BeginOutcome.Started.class::isInstance)
                    .extracting(outcome -> ((BeginOutcome.Started) outcome).requestId()).contains(open);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<Object> verifying(Node node, RequestId id, String proof, String code,
            CountDownLatch start) {
        return () -> {
            start.await();
            try {
                return node.verify(id, proof, code);
            } catch (ConcurrentUpdateException lost) {
                return lost;
            }
        };
    }

    private void restoreOldPhone() {
        User target = nodeA.store.directory().findUser(Node.TARGET).orElseThrow();
        nodeA.store.directory().save(target.withMfa(MfaEnrollment.verified(PhoneNumber.ofE164(Node.OLD_PHONE),
                clock.instant())));
    }

    private int openRequestsOfTarget() throws SQLException {
        try (Connection connection = poolA.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM mfa_override_request"
                        + " WHERE target_id = ? AND state IN ('AWAITING_STEP_UP', 'STEP_UP_PASSED', 'CODE_SENT')")) {
            count.setString(1, Node.TARGET.value());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
