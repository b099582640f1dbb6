package io.github.mfaoverride.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a flow's CPU time goes: the benchmark JVM's and the database server's, per complete phone change, ours
 * against the floor. On a machine with few cores the JDBC benchmarks with several threads are bound by CPU, not
 * by round trips, so their ratio is roughly the inverse ratio of these figures.
 *
 * <p>Each flow runs on its own threads for a warm-up and then for a measured period; the JVM's CPU time comes
 * from {@link OperatingSystemMXBean#getProcessCpuTime()} (every thread: the benchmark's, the JIT's, the
 * collector's, H2's), the server's from {@code /proc/<pid>/stat} of every process named {@code postgres} (Linux
 * only; elsewhere, and for H2, it is reported as zero). Clock ticks are taken as 100 per second, Linux's
 * {@code USER_HZ}. A one-off measurement, not a JMH benchmark: it gives no spread.
 */
final class CpuPerFlow {

    private static final Path PROC = Path.of("/proc");
    private static final double MICROS_PER_TICK = 10_000;

    private CpuPerFlow() {
    }

    /**
     * CPU time per flow of one kind.
     *
     * @param flow {@code ours} or {@code floor}
     * @param database {@code h2} or {@code postgres}
     * @param threads concurrent admins
     * @param flows flows completed in the measured period
     * @param jvmMicros JVM CPU time per flow, microseconds
     * @param serverMicros database server CPU time per flow, microseconds (zero for H2)
     */
    record Share(String flow, String database, int threads, long flows, double jvmMicros, double serverMicros) {

        double totalMicros() {
            return jvmMicros + serverMicros;
        }
    }

    /** One kind of flow to drive. */
    @FunctionalInterface
    private interface Flow {
        void run(JdbcWorld world) throws SQLException;
    }

    static List<Share> measure(String database, int threads, Duration warmUp, Duration measured) throws Exception {
        List<Share> shares = new ArrayList<>();
        try (JdbcWorld world = new JdbcWorld(database)) {
            shares.add(measure("ours", world, database, threads, warmUp, measured,
                    w -> w.phoneChange().fullFlow()));
            world.forgetRequests();
            shares.add(measure("floor", world, database, threads, warmUp, measured, w -> w.floor().run()));
        }
        return shares;
    }

    private static Share measure(String name, JdbcWorld world, String database, int threads, Duration warmUp,
            Duration measured, Flow flow) throws Exception {
        LongAdder done = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    while (!stop.get()) {
                        flow.run(world);
                        done.increment();
                    }
                    return null;
                }));
            }
            Thread.sleep(warmUp.toMillis());
            long jvmBefore = jvmCpuNanos();
            boolean onPostgres = "postgres".equals(database);
            long serverBefore = serverTicks(onPostgres);
            long flowsBefore = done.sum();
            Thread.sleep(measured.toMillis());
            long flows = done.sum() - flowsBefore;
            long jvm = jvmCpuNanos() - jvmBefore;
            long server = serverTicks(onPostgres) - serverBefore;
            stop.set(true);
            for (Future<Void> worker : workers) {
                worker.get();
            }
            if (flows == 0) {
                throw new IllegalStateException(name + " completed no flow in " + measured);
            }
            return new Share(name, database, threads, flows, jvm / 1_000.0 / flows, server * MICROS_PER_TICK / flows);
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
    }

    private static long jvmCpuNanos() {
        return ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getProcessCpuTime();
    }

    /** The user and system clock ticks of every process named {@code postgres}, or zero when not asked or not Linux. */
    private static long serverTicks(boolean wanted) throws IOException {
        if (!wanted || !Files.isDirectory(PROC)) {
            return 0;
        }
        long ticks = 0;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path process : processes) {
                try {
                    ticks += ticksOf(Files.readString(process.resolve("stat"), StandardCharsets.US_ASCII),
                            "postgres");
                } catch (IOException gone) {
                    // The process ended between listing and reading: its time is no longer counted anywhere.
                }
            }
        }
        return ticks;
    }

    /**
     * Reads {@code utime + stime} from one line of {@code /proc/<pid>/stat} when the process has the given name.
     * The name sits in parentheses and may itself hold spaces and parentheses, so fields are counted from the last
     * closing one: the state is the first after it, {@code utime} the 12th and {@code stime} the 13th.
     *
     * @return the ticks, or zero for a process of another name
     */
    static long ticksOf(String stat, String name) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open || !stat.substring(open + 1, close).equals(name)) {
            return 0;
        }
        String[] fields = stat.substring(close + 2).trim().split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
