package io.github.mfaoverride.benchmarks;

import java.util.Arrays;
import org.openjdk.jmh.results.RunResult;

/**
 * One benchmark's throughput in one configuration: the median of its measured iterations and their range.
 *
 * @param benchmark the benchmark method's simple name, such as {@code JdbcBenchmark.floorFlow}
 * @param database {@code h2}, {@code postgres}, or {@code memory}
 * @param threads how many threads ran it at once
 * @param median the median of the iterations, operations per second
 * @param min the slowest iteration
 * @param max the fastest iteration
 * @param iterations how many iterations were measured
 */
record Figure(String benchmark, String database, int threads, double median, double min, double max,
        int iterations) {

    static Figure of(RunResult run) {
        double[] scores = run.getBenchmarkResults().stream()
                .flatMap(result -> result.getIterationResults().stream())
                .mapToDouble(iteration -> iteration.getPrimaryResult().getScore())
                .sorted()
                .toArray();
        String name = run.getParams().getBenchmark();
        String[] parts = name.split("\\.");
        String simple = parts[parts.length - 2] + "." + parts[parts.length - 1];
        String database = run.getParams().getParam("database");
        return new Figure(simple, database != null ? database : "memory", run.getParams().getThreads(),
                median(scores), scores[0], scores[scores.length - 1], scores.length);
    }

    /** The range as a share of the median: how noisy the iterations were. */
    double spread() {
        return (max - min) / median;
    }

    boolean is(String name, String onDatabase, int withThreads) {
        return benchmark.equals(name) && database.equals(onDatabase) && threads == withThreads;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    @Override
    public String toString() {
        return benchmark + "[" + database + ", " + threads + " threads, median " + median + " of "
                + Arrays.toString(new double[] {min, max}) + "]";
    }
}
