package io.github.mfaoverride.benchmarks;

import io.github.mfaoverride.code.VerificationCodes;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.workflow.PhoneChangeRequest;
import io.github.mfaoverride.workflow.RequestId;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Measures the heap the in-memory adapters hold for one million finished requests, and what purging gives back.
 *
 * <p>It first runs a sample of real phone changes through the facade and measures the heap per finished request;
 * then it fills the store to one million with requests taken through the same transitions the facade makes
 * (fresh id, parsed number, real code digest, own timestamps), because a million real flows would take minutes.
 * Heap use is read from {@link MemoryMXBean} after full collections. Each figure is printed as
 * {@code memory.<name>=<value>} for {@link BenchmarkSuite} to read. Run it in a JVM of its own.
 */
public final class MemoryHarness {

    static final int REQUESTS = 1_000_000;
    static final int REAL_SAMPLE = 20_000;
    private static final int PURGE_BATCH = 10_000;

    private final PrintStream out;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-05T09:00:00Z"));

    private MemoryHarness(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the measurement and prints the figures.
     *
     * @param args ignored
     * @throws InterruptedException if interrupted while letting the collector settle
     */
    public static void main(String[] args) throws InterruptedException {
        new MemoryHarness(System.out).run();
    }

    private void run() throws InterruptedException {
        InMemoryStores stores = new InMemoryStores(clock);
        FlowDriver driver = stores.newPair();
        driver.fullFlow();
        long empty = usedHeapAfterGc();
        print("baselineBytes", empty);

        long started = System.nanoTime();
        for (int i = 0; i < REAL_SAMPLE; i++) {
            driver.fullFlow();
            clock.advance(Duration.ofMillis(1));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long afterSample = usedHeapAfterGc();
        print("realSampleRequests", REAL_SAMPLE);
        print("realSampleFlowsPerSecond", Math.round(REAL_SAMPLE / seconds));
        print("realBytesPerRequest", (afterSample - empty) / REAL_SAMPLE);

        fill(stores, REQUESTS - REAL_SAMPLE - 1);
        long full = usedHeapAfterGc();
        print("heldRequests", stores.store.requests().size());
        print("fullBytes", full);
        print("bytesPerRequest", (full - empty) / stores.store.requests().size());

        clock.advance(Duration.ofDays(1));
        started = System.nanoTime();
        int purged = 0;
        int batch;
        do {
            batch = stores.mfa.purgeExpired(Duration.ZERO, PURGE_BATCH);
            purged += batch;
        } while (batch == PURGE_BATCH);
        print("purgeMillis", (System.nanoTime() - started) / 1_000_000);
        print("purgedRequests", purged);
        print("remainingRequests", stores.store.requests().size());
        long purgedHeap = usedHeapAfterGc();
        print("afterPurgeBytes", purgedHeap);
        print("retainedAfterPurgeBytes", purgedHeap - empty);
    }

    /** Adds finished requests as the facade leaves them: begun, stepped up, code sent, completed. */
    private void fill(InMemoryStores stores, int count) {
        byte[] secret = new byte[32];
        VerificationCodes codes = new VerificationCodes(secret, VerificationCodes.MIN_LENGTH, new SecureRandom());
        for (int i = 0; i < count; i++) {
            Instant now = clock.instant().plusMillis(i);
            RequestId id = RequestId.random();
            PhoneNumber to = PhoneNumber.ofE164(i % 2 == 0 ? Fixtures.FIRST_PHONE : Fixtures.SECOND_PHONE);
            String digest = codes.digest(codes.generate(), id.value(), to.e164(), DeliveryMethod.SMS.name());
            Fixtures.Pair pair = Fixtures.nextPair();
            PhoneChangeRequest finished = PhoneChangeRequest.openPhoneChange(id, pair.admin(), pair.target(),
                            "scripted:" + now.toEpochMilli(), now, now.plus(Duration.ofMinutes(15)))
                    .stepUpPassed(now)
                    .sendReserved(now)
                    .codeSent(to, DeliveryMethod.SMS, digest, now, now.plus(Duration.ofMinutes(10)))
                    .completed(now);
            stores.store.requests().insert(finished);
        }
    }

    private void print(String name, long value) {
        out.println("memory." + name + "=" + value);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** A clock moved by hand, so that a day can pass in an instant. */
    private static final class ManualClock extends Clock {
        private volatile Instant now;

        ManualClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "ManualClock[%s]", now);
        }
    }
}
