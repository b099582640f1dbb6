package io.github.mfaoverride.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.audit.AuditOutcome;
import io.github.mfaoverride.audit.AuditRecord;
import io.github.mfaoverride.audit.AuditStep;
import io.github.mfaoverride.audit.AuditTrail;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.OrganizationId;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.outcome.Limit;
import io.github.mfaoverride.workflow.RequestId;
import io.github.mfaoverride.workflow.RequestState;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link AuditTrail} must show: each appended record reads back field for field, a request's
 * records read back in the order they were appended, none is lost when many threads append at once, and the
 * adapter offers no way to change or delete a record.
 *
 * <p>The port itself only appends; extend this class in an adapter's tests and implement {@link #newTrail()} and
 * {@link #recordsOf(RequestId)}, the adapter's own way of reading a request's records back. Instants in the
 * records are whole milliseconds, the precision the core keeps.
 */
public abstract class AuditTrailContract {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00.123Z");
    private static final List<String> CHANGING_VERBS = List.of("update", "delete", "remove", "clear", "purge",
            "replace", "set", "truncate", "edit", "modify");

    private AuditTrail trail;

    /**
     * Creates the trail under test, empty, for one test.
     *
     * @return the adapter under test
     */
    protected abstract AuditTrail newTrail();

    /**
     * Reads back, through the adapter's own means, the records of one request from the trail the last
     * {@link #newTrail()} returned, oldest first.
     *
     * @param id the request
     * @return its records in append order
     */
    protected abstract List<AuditRecord> recordsOf(RequestId id);

    /** Creates the trail under test for the next test. */
    @BeforeEach
    void createTrail() {
        trail = newTrail();
    }

    @Test
    void appendWhenEveryFieldIsSetThenTheRecordReadsBackFieldForField() {
        RequestId id = RequestId.random();
        AuditRecord full = AuditRecord.of(T0, AuditStep.SEND_CODE, AuditOutcome.REFUSED)
                .correlationId("corr-42")
                .users(UserId.of("admin-1"), UserId.of("target-1"))
                .request(id, RequestState.CODE_SENT, OrganizationId.of("org-7"))
                .reason("RATE_LIMITED", Limit.NUMBER_SENDS, "too many codes went to this number")
                .numbers("+1******0150", "+1******0151")
                .delivery(DeliveryMethod.VOICE, "SM0123456789")
                .screenedBy("number-policy")
                .build();

        trail.append(full);

        assertThat(recordsOf(id)).containsExactly(full);
    }

    @Test
    void appendWhenOnlyTheRequiredFieldsAreSetThenTheOthersReadBackEmpty() {
        RequestId id = RequestId.random();
        AuditRecord bare = AuditRecord.of(T0, AuditStep.CANCEL, AuditOutcome.CANCELLED)
                .request(id, null, null)
                .build();

        trail.append(bare);

        AuditRecord read = recordsOf(id).get(0);
        assertThat(read).isEqualTo(bare);
        assertThat(read.actingAdmin()).isEmpty();
        assertThat(read.maskedNewNumber()).isEmpty();
        assertThat(read.limit()).isEmpty();
    }

    @Test
    void recordsOfWhenRequestsInterleaveThenEachReadsBackItsOwnInAppendOrder() {
        RequestId first = RequestId.random();
        RequestId second = RequestId.random();
        List<AuditRecord> firstStory = new ArrayList<>();
        List<AuditRecord> secondStory = new ArrayList<>();
        AuditOutcome[] outcomes = {AuditOutcome.STARTED, AuditOutcome.STEP_UP_PASSED, AuditOutcome.CODE_SENT,
            AuditOutcome.WRONG_ANSWER, AuditOutcome.COMPLETED};
        for (int i = 0; i < outcomes.length; i++) {
            // Equal instants on purpose: the order is the order of appending, not of time.
            AuditRecord forFirst = record(first, T0, outcomes[i]);
            AuditRecord forSecond = record(second, T0.plusMillis(outcomes.length - i), outcomes[i]);
            trail.append(forFirst);
            trail.append(forSecond);
            firstStory.add(forFirst);
            secondStory.add(forSecond);
        }

        assertThat(recordsOf(first)).containsExactlyElementsOf(firstStory);
        assertThat(recordsOf(second)).containsExactlyElementsOf(secondStory);
        assertThat(recordsOf(RequestId.random())).isEmpty();
    }

    @Test
    void appendWhenManyThreadsAppendAtOnceThenNoRecordIsLost() throws Exception {
        int threads = 4;
        int each = 25;
        RequestId id = RequestId.random();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> appenders = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                appenders.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        trail.append(record(id, T0, AuditOutcome.WRONG_ANSWER));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> appender : appenders) {
                appender.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(recordsOf(id)).hasSize(threads * each);
    }

    @Test
    void adapterWhenInspectedThenOffersNoWayToChangeOrDeleteARecord() {
        List<String> changing = Arrays.stream(trail.getClass().getMethods())
                .filter(method -> method.getDeclaringClass() != Object.class)
                .filter(method -> !Modifier.isStatic(method.getModifiers()))
                .map(Method::getName)
                .filter(name -> CHANGING_VERBS.stream().anyMatch(verb -> name.toLowerCase(Locale.ROOT)
                        .startsWith(verb)))
                .toList();

        assertThat(changing).isEmpty();
        assertThat(Arrays.stream(AuditTrail.class.getMethods()).map(Method::getName)).containsExactly("append");
    }

    private static AuditRecord record(RequestId id, Instant at, AuditOutcome outcome) {
        return AuditRecord.of(at, AuditStep.VERIFY_CODE, outcome)
                .users(UserId.of("admin-1"), UserId.of("target-1"))
                .request(id, RequestState.CODE_SENT, OrganizationId.of("org-7"))
                .build();
    }
}
