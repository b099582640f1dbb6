package io.github.mfaoverride.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, side by side, and writes the summary: the in-memory flow and its steps, the JDBC
 * flows and the floor at 1, 4 and 16 threads on H2 and PostgreSQL, the Spring Security peers, the statement
 * counts, the CPU time per flow ({@link CpuPerFlow}), and the memory harness. One embedded PostgreSQL server
 * serves every fork; each trial gets a fresh database on it.
 *
 * <p>Usage: {@code java -jar benchmarks.jar [output-directory]}. The summary goes to
 * {@code summary.md} there (default {@code target/benchmarks}) and to the console. The system property
 * {@code mfa.bench.quick=true} shortens every run to a smoke test whose figures mean nothing.
 */
public final class BenchmarkSuite {

    static final int[] ADMINS = {1, 4, 16};
    /** Enough admins to keep 2 cores busy, so that CPU time, not waiting, decides throughput. */
    static final int CPU_ADMINS = 4;
    /**
     * Warm-up iterations of 2 s before each benchmark's measured ones. Measured on 2 cores, the JIT compiler
     * threads were still taking about a quarter of the CPU 5 s into the PostgreSQL flow (libphonenumber, the driver
     * and the library are a lot of code to compile), less after 15 s, almost none after 30 s; with a short
     * warm-up the measurement counts compiling.
     */
    static final int WARM_UP_ITERATIONS = 10;
    /** The same for {@link CpuPerFlow}, which runs outside JMH in this JVM and must also wait out the compiler. */
    static final int CPU_WARM_UP_SECONDS = 30;

    private final boolean quick = Boolean.getBoolean("mfa.bench.quick");
    private final String postgresUrl;

    private BenchmarkSuite(String postgresUrl) {
        this.postgresUrl = postgresUrl;
    }

    /**
     * Runs the suite.
     *
     * @param args optionally, the output directory
     * @throws Exception when a benchmark fails; the suite stops rather than report a partial table
     */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/benchmarks");
        Files.createDirectories(out);
        long started = System.nanoTime();
        Summary.Machine machine = Summary.Machine.describe();
        BenchmarkSuite suite = new BenchmarkSuite(Databases.startEmbeddedPostgres());
        List<Figure> figures = suite.runAll();
        List<StatementCounts.Count> counts = new ArrayList<>(StatementCounts.measure("h2"));
        counts.addAll(StatementCounts.measure("postgres"));
        List<CpuPerFlow.Share> cpu = suite.measureCpu();
        Map<String, Long> memory = suite.runMemoryHarness();
        machine = machine.finished(suite.postgresUrl, System.nanoTime() - started);
        String summary = new Summary(machine, figures, counts, cpu, memory).markdown();
        Files.writeString(out.resolve("summary.md"), summary, StandardCharsets.UTF_8);
        System.out.println(summary);
        Databases.stopEmbeddedPostgres();
    }

    private List<Figure> runAll() throws RunnerException {
        List<Figure> figures = new ArrayList<>();
        figures.addAll(run("InMemoryFlowBenchmark|InMemoryPeerBenchmark", 1));
        for (int admins : ADMINS) {
            figures.addAll(run("JdbcBenchmark\\.(oursFullFlow|floorFlow)", admins));
        }
        figures.addAll(run("JdbcBenchmark\\.(oursIssueThenVerify|springGenerateThenConsume)", 1));
        return figures;
    }

    private List<Figure> run(String pattern, int threads) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(BenchmarkSuite.class.getPackageName() + "\\.(" + pattern + ")")
                .threads(threads)
                .forks(1)
                .warmupIterations(quick ? 1 : WARM_UP_ITERATIONS)
                .warmupTime(TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(quick ? 2 : 5)
                .measurementTime(TimeValue.seconds(quick ? 1 : 2))
                .timeUnit(TimeUnit.SECONDS)
                .shouldFailOnError(true)
                .jvmArgsAppend("-Xmx2g", "-D" + Databases.POSTGRES_URL + "=" + postgresUrl);
        List<Figure> figures = new ArrayList<>();
        for (RunResult result : new Runner(options.build()).run()) {
            figures.add(Figure.of(result));
        }
        return figures;
    }

    /** Measures CPU time per flow, ours and the floor, on both databases with {@value #CPU_ADMINS} admins. */
    private List<CpuPerFlow.Share> measureCpu() throws Exception {
        Duration warmUp = Duration.ofSeconds(quick ? 1 : CPU_WARM_UP_SECONDS);
        Duration measured = Duration.ofSeconds(quick ? 1 : 10);
        List<CpuPerFlow.Share> shares = new ArrayList<>(CpuPerFlow.measure("h2", CPU_ADMINS, warmUp, measured));
        shares.addAll(CpuPerFlow.measure("postgres", CPU_ADMINS, warmUp, measured));
        return shares;
    }

    /** Runs {@link MemoryHarness} in a JVM of its own, so nothing else shares its heap, and reads its figures. */
    private Map<String, Long> runMemoryHarness() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                MemoryHarness.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .directory(new File("."))
                .start();
        Map<String, Long> figures = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                System.out.println(line);
                if (line.startsWith("memory.")) {
                    String[] pair = line.substring("memory.".length()).split("=", 2);
                    figures.put(pair[0], Long.parseLong(pair[1]));
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the memory harness failed with exit code " + process.exitValue());
        }
        return figures;
    }
}
