package io.github.mfaoverride.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.JdbcOneTimeTokenService;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;

/**
 * Work over JDBC, side by side on the same fresh database: complete phone changes through the JDBC adapters, the
 * hand-written floor doing the same row work, our MFA opt-in (issue a code, then verify it), and Spring Security's
 * {@link JdbcOneTimeTokenService} (generate, then consume). The runner picks the number of threads; each thread
 * is an admin of its own acting on a user of its own. Instances are managed by JMH.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JdbcBenchmark {

    private static final String SPRING_SCHEMA =
            "/org/springframework/security/core/ott/jdbc/one-time-tokens-schema.sql";

    /** A fresh database with every schema, the pool, and the per-thread admins, shared by the threads. */
    @State(Scope.Benchmark)
    public static class Database {

        /** Which database: {@code h2} (in memory, in this JVM) or {@code postgres} (a local server). */
        @Param({"h2", "postgres"})
        public String database;

        JdbcWorld world;
        JdbcOneTimeTokenService springTokens;

        /** Opens the database and creates every schema. */
        @Setup(Level.Trial)
        public void open() {
            world = new JdbcWorld(database);
            springTokens = new JdbcOneTimeTokenService(new JdbcTemplate(world.pool()));
        }

        /**
         * Forgets the requests of the iteration, untimed, so that tables and indexes do not grow over the run
         * (a host purges them on a schedule).
         */
        @TearDown(Level.Iteration)
        public void forget() {
            world.forgetRequests();
        }

        /**
         * Stops Spring's cleanup scheduler and closes the pool.
         *
         * @throws Exception when the scheduler does not stop
         */
        @TearDown(Level.Trial)
        public void close() throws Exception {
            springTokens.destroy();
            world.close();
        }
    }

    /**
     * Ours: a complete phone change through the JDBC adapters.
     *
     * @param db the database, not null
     */
    @Benchmark
    public void oursFullFlow(Database db) {
        db.world.phoneChange().fullFlow();
    }

    /**
     * The floor: one phone change's row reads and writes in hand-written JDBC.
     *
     * @param db the database, not null
     * @throws SQLException when the database fails
     */
    @Benchmark
    public void floorFlow(Database db) throws SQLException {
        db.world.floor().run();
    }

    /**
     * Ours: an MFA opt-in, a code issued to the admin's number and then verified.
     *
     * @param db the database, not null
     */
    @Benchmark
    public void oursIssueThenVerify(Database db) {
        db.world.nextOptIn().optIn();
    }

    /**
     * Spring Security: a token generated for a user, then consumed.
     *
     * @param db the database, not null
     * @return the consumed token
     */
    @Benchmark
    public OneTimeToken springGenerateThenConsume(Database db) {
        OneTimeToken token = db.springTokens.generate(new GenerateOneTimeTokenRequest("admin"));
        return db.springTokens.consume(new OneTimeTokenAuthenticationToken(token.getTokenValue()));
    }

    /** Spring's own schema; its H2 column type has a plain equivalent on PostgreSQL. */
    static String springSchema(String database) {
        try (InputStream in = JdbcBenchmark.class.getResourceAsStream(SPRING_SCHEMA)) {
            String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return "h2".equals(database) ? schema : schema.replace("varchar_ignorecase", "varchar");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
