package io.github.mfaoverride.adapters.jdbc;

import static io.github.mfaoverride.testkit.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.github.mfaoverride.audit.AuditOutcome;
import io.github.mfaoverride.audit.AuditRecord;
import io.github.mfaoverride.audit.AuditStep;
import io.github.mfaoverride.command.BeginPhoneChange;
import io.github.mfaoverride.command.CancelRequest;
import io.github.mfaoverride.command.SendCode;
import io.github.mfaoverride.command.VerifyCode;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.limits.RateLimitPolicy;
import io.github.mfaoverride.limits.WindowLimit;
import io.github.mfaoverride.outcome.BeginOutcome;
import io.github.mfaoverride.outcome.CancelOutcome;
import io.github.mfaoverride.outcome.Limit;
import io.github.mfaoverride.outcome.Refused;
import io.github.mfaoverride.outcome.SendOutcome;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.testkit.MutableClock;
import io.github.mfaoverride.workflow.RequestId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two service instances, each with its own connection pool, over one PostgreSQL database that also holds the
 * rate-limit counters and the audit trail: the limits hold across nodes, and every use case leaves one audit row.
 */
class TwoNodesRateLimitedOnPostgresTest {

    private static final int NUMBER_LIMIT = 3;
    private static final int SENDERS = 8;
    private static final int ROUNDS = 5;
    private static final RateLimitPolicy LIMITS = RateLimitPolicy.builder()
            .limit(Limit.NUMBER_SENDS, WindowLimit.of(NUMBER_LIMIT, Duration.ofMinutes(10)))
            .limit(Limit.NUMBER_DAILY_SENDS, WindowLimit.of(1_000, Duration.ofHours(24)))
            .limit(Limit.ADMIN_REQUESTS, WindowLimit.of(1_000, Duration.ofHours(1)))
            .limit(Limit.ADMIN_SENDS, WindowLimit.of(1_000, Duration.ofHours(1)))
            .limit(Limit.TARGET_REQUESTS, WindowLimit.of(1_000, Duration.ofHours(24)))
            .build();

    private final MutableClock clock = MutableClock.startingMonday();
    private HikariDataSource poolA;
    private HikariDataSource poolB;
    private Node nodeA;
    private Node nodeB;
    private final List<UserId> targets = new ArrayList<>();

    @BeforeEach
    void startNodes() {
        String url = TestDatabases.postgresUrl();
        poolA = TestDatabases.pool(url, 8, "limited-a");
        poolB = TestDatabases.pool(url, 8, "limited-b");
        nodeA = new Node(poolA, clock, LIMITS).seedMerchant();
        nodeB = new Node(poolB, clock, LIMITS);
        for (int i = 0; i < SENDERS; i++) {
            String id = "target-r-" + i;
            nodeA.store.directory().save(user(id).in("m-1").mfaOn("+1201555012" + i).build());
            targets.add(UserId.of(id));
        }
    }

    @AfterEach
    void stopNodes() {
        poolA.close();
        poolB.close();
    }

    @Test
    void sendCodeWhenBothNodesRaceToOneNumberThenTogetherTheyNeverExceedItsLimit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Map<RequestId, String> proofs = readyRequests();

                List<Object> outcomes = raceSends(pool, proofs);

                assertThat(outcomes).as("round %d", round)
                        .filteredOn(SendOutcome.CodeSent.class::isInstance).hasSize(NUMBER_LIMIT);
                assertThat(outcomes).as("round %d", round).filteredOn(Refused.class::isInstance)
                        .hasSize(SENDERS - NUMBER_LIMIT)
                        .allSatisfy(refused -> assertThat(((Refused) refused).limit()).contains(Limit.NUMBER_SENDS));
                clock.advance(Duration.ofMinutes(11));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(codesSentTo(Node.NEW_PHONE)).isEqualTo(NUMBER_LIMIT * ROUNDS);
    }

    @Test
    void useCasesWhenRunOnEitherNodeThenEachLeavesExactlyOneAuditRow() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        Map<RequestId, String> proofs;
        List<Object> outcomes;
        try {
            proofs = readyRequests();
            outcomes = raceSends(pool, proofs);
        } finally {
            pool.shutdownNow();
        }
        List<RequestId> ids = new ArrayList<>(proofs.keySet());
        RequestId sent = sentOne(ids, outcomes);
        RequestId refused = ids.get(outcomes.indexOf(outcomes.stream().filter(Refused.class::isInstance)
                .findFirst().orElseThrow()));
        String code = Stream.concat(nodeA.outbox.delivered().stream(), nodeB.outbox.delivered().stream())
                .filter(message -> message.reference().equals(sent.value()))
                .findFirst().orElseThrow().code();

        assertThat(nodeB.mfa.verifyCode(new VerifyCode(sent, Node.ADMIN, proofs.get(sent), code)))
                .isInstanceOf(VerifyOutcome.Completed.class);
        assertThat(nodeA.mfa.cancel(new CancelRequest(refused, Node.ADMIN)))
                .isInstanceOf(CancelOutcome.Cancelled.class);

        // Begin, step-up and send for each of the eight requests, then one verify and one cancel.
        assertThat(auditRows()).isEqualTo(SENDERS * 3 + 2);
        JdbcAuditTrail trail = nodeA.store.auditTrail();
        assertThat(trail.recordsOf(sent)).extracting(AuditRecord::step)
                .containsExactly(AuditStep.BEGIN, AuditStep.STEP_UP, AuditStep.SEND_CODE, AuditStep.VERIFY_CODE);
        assertThat(trail.recordsOf(sent)).extracting(AuditRecord::outcome)
                .containsExactly(AuditOutcome.STARTED, AuditOutcome.STEP_UP_PASSED, AuditOutcome.CODE_SENT,
                        AuditOutcome.COMPLETED);
        assertThat(trail.recordsOf(refused)).extracting(AuditRecord::step)
                .containsExactly(AuditStep.BEGIN, AuditStep.STEP_UP, AuditStep.SEND_CODE, AuditStep.CANCEL);
        AuditRecord refusal = trail.recordsOf(refused).get(2);
        assertThat(refusal.outcome()).isEqualTo(AuditOutcome.REFUSED);
        assertThat(refusal.limit()).contains(Limit.NUMBER_SENDS);
        assertThat(trail.recordsOf(sent).get(2).maskedNewNumber())
                .contains(PhoneNumber.ofE164(Node.NEW_PHONE).masked());
    }

    /** Begins a request for every target, alternating nodes, and passes each step-up; returns the proofs. */
    private Map<RequestId, String> readyRequests() {
        Map<RequestId, String> proofs = new LinkedHashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            Node node = i % 2 == 0 ? nodeA : nodeB;
            BeginOutcome begun = node.mfa.begin(new BeginPhoneChange(Node.ADMIN, targets.get(i)));
            assertThat(begun).isInstanceOf(BeginOutcome.Started.class);
            RequestId id = ((BeginOutcome.Started) begun).requestId();
            proofs.put(id, node.passStepUp(id));
        }
        return proofs;
    }

    /** Sends a code for every request at once, half from each node, all to the same new number. */
    private List<Object> raceSends(ExecutorService pool, Map<RequestId, String> proofs) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        int i = 0;
        for (Map.Entry<RequestId, String> request : proofs.entrySet()) {
            Node node = i++ % 2 == 0 ? nodeB : nodeA;
            results.add(pool.submit(() -> {
                start.await();
                return node.mfa.sendCode(new SendCode(request.getKey(), Node.ADMIN, request.getValue(),
                        Node.NEW_PHONE, null, DeliveryMethod.SMS));
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    private static RequestId sentOne(List<RequestId> ids, List<Object> outcomes) {
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) instanceof SendOutcome.CodeSent) {
                return ids.get(i);
            }
        }
        throw new AssertionError("no code was sent");
    }

    private long codesSentTo(String number) {
        PhoneNumber to = PhoneNumber.ofE164(number);
        return nodeA.outbox.delivered().stream().filter(message -> message.destination().equals(to)).count()
                + nodeB.outbox.delivered().stream().filter(message -> message.destination().equals(to)).count();
    }

    private int auditRows() throws SQLException {
        try (Connection connection = poolB.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM mfa_override_audit");
                ResultSet row = count.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }
}
