package io.github.mfaoverride.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the suite's figures as Markdown: the machine, the throughput table, the ratios, counts, CPU time per flow
 * and memory.
 */
final class Summary {

    private static final String FLOOR = "JdbcBenchmark.floorFlow";
    private static final String OUR_JDBC_FLOW = "JdbcBenchmark.oursFullFlow";
    private static final String SPRING_JDBC = "JdbcBenchmark.springGenerateThenConsume";
    private static final String OUR_JDBC_ISSUE = "JdbcBenchmark.oursIssueThenVerify";
    private static final String SPRING_MEMORY = "InMemoryPeerBenchmark.springGenerateThenConsume";
    private static final String OUR_MEMORY_ISSUE = "InMemoryPeerBenchmark.oursIssueThenVerify";
    private static final double FLOOR_TARGET = 0.80;

    private final Machine machine;
    private final List<Figure> figures;
    private final List<StatementCounts.Count> counts;
    private final List<CpuPerFlow.Share> cpu;
    private final Map<String, Long> memory;
    private final StringBuilder out = new StringBuilder();

    Summary(Machine machine, List<Figure> figures, List<StatementCounts.Count> counts, List<CpuPerFlow.Share> cpu,
            Map<String, Long> memory) {
        this.machine = machine;
        this.figures = figures;
        this.counts = counts;
        this.cpu = cpu;
        this.memory = memory;
    }

    String markdown() {
        line("## Machine");
        line("");
        line("- Started " + machine.started() + ", took " + machine.took().toMinutes() + " min "
                + machine.took().toSecondsPart() + " s");
        line("- " + machine.processors() + " processors (nproc), " + machine.memory() + " memory");
        line("- Java: " + machine.java());
        line("- OS: " + machine.os());
        line("- Load average (1 min) at start and end: " + machine.loadAtStart() + " / " + machine.loadAtEnd());
        line("- Databases: H2 " + org.h2.engine.Constants.FULL_VERSION + " in memory; " + machine.postgres());
        line("");
        throughput();
        ratios();
        statementCounts();
        cpuTable();
        memoryTable();
        return out.toString();
    }

    private void throughput() {
        line("## Throughput (operations per second)");
        line("");
        line("Median of " + (figures.isEmpty() ? 0 : figures.get(0).iterations()) + " measured iterations; "
                + "min and max of those iterations; spread = (max - min) / median.");
        line("");
        line("| Benchmark | Database | Threads | Median ops/s | Min | Max | Spread |");
        line("|---|---|---:|---:|---:|---:|---:|");
        for (Figure f : figures) {
            line("| " + f.benchmark() + " | " + f.database() + " | " + f.threads() + " | " + number(f.median())
                    + " | " + number(f.min()) + " | " + number(f.max()) + " | " + percent(f.spread()) + " |");
        }
        line("");
    }

    private void ratios() {
        line("## Ratios");
        line("");
        line("Ours / theirs is the ratio of the medians; the range divides our slowest iteration by their fastest and"
                + " our fastest by their slowest.");
        line("");
        line("| Comparison | Database | Threads | Ours / theirs | Range | Target | Met |");
        line("|---|---|---:|---:|---:|---:|---|");
        for (String database : List.of("h2", "postgres")) {
            for (int admins : BenchmarkSuite.ADMINS) {
                ratio("full JDBC flow / floor", OUR_JDBC_FLOW, FLOOR, database, admins, FLOOR_TARGET);
            }
        }
        ratio("issue-then-verify / Spring one-time token", OUR_MEMORY_ISSUE, SPRING_MEMORY, "memory", 1, 1.0);
        for (String database : List.of("h2", "postgres")) {
            ratio("issue-then-verify / Spring one-time token", OUR_JDBC_ISSUE, SPRING_JDBC, database, 1, 1.0);
        }
        line("");
    }

    private void ratio(String label, String ours, String theirs, String database, int threads, double target) {
        Optional<Figure> a = find(ours, database, threads);
        Optional<Figure> b = find(theirs, database, threads);
        if (a.isEmpty() || b.isEmpty()) {
            line("| " + label + " | " + database + " | " + threads + " | not measured | - | " + percent(target)
                    + " | - |");
            return;
        }
        double ratio = a.get().median() / b.get().median();
        String range = percent(a.get().min() / b.get().max()) + " to " + percent(a.get().max() / b.get().min());
        line("| " + label + " | " + database + " | " + threads + " | " + percent(ratio) + " | " + range + " | "
                + percent(target) + " | " + (ratio >= target ? "yes" : "**no**") + " |");
    }

    private void statementCounts() {
        line("## Statements and transactions per operation");
        line("");
        line("| Operation | Database | Statements | Transactions |");
        line("|---|---|---:|---:|");
        for (StatementCounts.Count c : counts) {
            line("| " + c.operation() + " | " + c.database() + " | " + decimal(c.statements()) + " | "
                    + decimal(c.transactions()) + " |");
        }
        line("");
    }

    private void cpuTable() {
        line("## CPU time per phone change");
        line("");
        line("| Flow | Database | Threads | Flows measured | JVM µs | Server µs | Total µs | Floor / ours |");
        line("|---|---|---:|---:|---:|---:|---:|---:|");
        for (CpuPerFlow.Share share : cpu) {
            Optional<CpuPerFlow.Share> floor = cpu.stream()
                    .filter(other -> other.flow().equals("floor") && other.database().equals(share.database()))
                    .findFirst();
            String ratio = floor.map(f -> percent(f.totalMicros() / share.totalMicros())).orElse("");
            line("| " + share.flow() + " | " + share.database() + " | " + share.threads() + " | "
                    + number(share.flows()) + " | " + number(share.jvmMicros()) + " | "
                    + number(share.serverMicros()) + " | " + number(share.totalMicros()) + " | " + ratio + " |");
        }
        line("");
    }

    private void memoryTable() {
        line("## Memory of the in-memory adapters");
        line("");
        line("| Figure | Value |");
        line("|---|---:|");
        line("| Heap used, store empty | " + megabytes("baselineBytes") + " |");
        line("| Heap used, " + number(memory.getOrDefault("heldRequests", 0L)) + " finished requests held | "
                + megabytes("fullBytes") + " |");
        line("| Bytes per finished request (1 M, mostly synthetic) | " + memory.getOrDefault("bytesPerRequest", 0L)
                + " |");
        line("| Bytes per finished request (" + number(memory.getOrDefault("realSampleRequests", 0L))
                + " real flows) | " + memory.getOrDefault("realBytesPerRequest", 0L) + " |");
        line("| Purge of all of them, 10,000 per call | " + memory.getOrDefault("purgeMillis", 0L) + " ms |");
        line("| Requests left after purging | " + memory.getOrDefault("remainingRequests", -1L) + " |");
        line("| Heap used after purging | " + megabytes("afterPurgeBytes") + " |");
        line("| Of which still held compared with the empty store | " + megabytes("retainedAfterPurgeBytes")
                + " |");
        long held = memory.getOrDefault("fullBytes", 0L) - memory.getOrDefault("baselineBytes", 0L);
        long kept = memory.getOrDefault("retainedAfterPurgeBytes", 0L);
        line("| Share of the requests' memory returned by purging | "
                + (held > 0 ? percent(1.0 - (double) kept / held) : "-") + " |");
        line("");
    }

    private Optional<Figure> find(String benchmark, String database, int threads) {
        return figures.stream().filter(f -> f.is(benchmark, database, threads)).findFirst();
    }

    private String megabytes(String key) {
        return String.format(Locale.ROOT, "%.1f MB", memory.getOrDefault(key, 0L) / 1e6);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, value < 0.1 ? "%.2f%%" : "%.0f%%", value * 100);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    /**
     * What the figures were measured on.
     *
     * @param started when the suite started
     * @param took how long it ran
     * @param processors available processors
     * @param memory total memory, as the kernel reports it
     * @param java the JVM's name, vendor and version
     * @param os the operating system
     * @param loadAtStart the one-minute load average at the start
     * @param loadAtEnd the one-minute load average at the end
     * @param postgres the PostgreSQL server's version and durability settings
     */
    record Machine(Instant started, Duration took, int processors, String memory, String java, String os,
            String loadAtStart, String loadAtEnd, String postgres) {

        static Machine describe() {
            return new Machine(Instant.now(), Duration.ZERO, Runtime.getRuntime().availableProcessors(),
                    totalMemory(), System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.vendor")
                    + " " + System.getProperty("java.runtime.version"),
                    System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                    + System.getProperty("os.arch"), load(), "", "");
        }

        Machine finished(String postgresUrl, long nanos) {
            return new Machine(started, Duration.ofNanos(nanos), processors, memory, java, os, loadAtStart, load(),
                    postgres(postgresUrl));
        }

        private static String load() {
            return String.format(Locale.ROOT, "%.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }

        private static String totalMemory() {
            try {
                return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                        .filter(line -> line.startsWith("MemTotal:"))
                        .map(line -> String.format(Locale.ROOT, "%.1f GiB",
                                Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                        .findFirst().orElse("unknown");
            } catch (IOException e) {
                return "unknown";
            }
        }

        private static String postgres(String url) {
            try (Connection connection = DriverManager.getConnection(url);
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select version(), current_setting('fsync'),"
                            + " current_setting('synchronous_commit')")) {
                rows.next();
                return rows.getString(1).replaceFirst(",.*", "") + " embedded (local TCP), fsync "
                        + rows.getString(2) + ", synchronous_commit " + rows.getString(3);
            } catch (SQLException e) {
                return "PostgreSQL (version unknown: " + e.getMessage() + ")";
            }
        }
    }
}
