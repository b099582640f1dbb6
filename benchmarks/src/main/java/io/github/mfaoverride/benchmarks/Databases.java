package io.github.mfaoverride.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Opens a fresh, empty database for one benchmark trial: an in-memory H2 database, or a new database on a
 * PostgreSQL server. The server is the one {@link BenchmarkSuite} started and named in the system property
 * {@value #POSTGRES_URL}, or else an embedded one this JVM starts once and stops on exit.
 */
final class Databases {

    /** The JDBC URL of a PostgreSQL server's maintenance database, user included, if one is running. */
    static final String POSTGRES_URL = "mfa.bench.postgres.url";

    /** Enough connections for the most concurrent benchmark, 16 admins, plus spares. */
    static final int POOL_SIZE = 20;

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres embedded;

    private Databases() {
    }

    /**
     * Opens a pool on a new database.
     *
     * @param kind {@code h2} or {@code postgres}
     * @return the pool; close it at the end of the trial
     */
    static HikariDataSource open(String kind) {
        String name = "bench_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(POOL_SIZE);
        config.setPoolName(name);
        switch (kind.toLowerCase(Locale.ROOT)) {
            case "h2" -> config.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            case "postgres" -> {
                String server = postgresServer();
                execute(server, "create database " + name);
                config.setJdbcUrl(server.replaceFirst("/postgres\\?", "/" + name + "?"));
            }
            default -> throw new IllegalArgumentException("database must be h2 or postgres, but was " + kind);
        }
        return new HikariDataSource(config);
    }

    /**
     * Starts an embedded PostgreSQL server for the rest of this JVM's life.
     *
     * @return the JDBC URL of its maintenance database
     */
    static synchronized String startEmbeddedPostgres() {
        if (embedded == null) {
            try {
                File work = new File(System.getProperty("java.io.tmpdir"), "mfa-bench-pg-"
                        + System.getProperty("user.name"));
                embedded = EmbeddedPostgres.builder().setOverrideWorkingDirectory(work).start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(Databases::stopEmbeddedPostgres));
        }
        return embedded.getJdbcUrl("postgres", "postgres");
    }

    static synchronized void stopEmbeddedPostgres() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            embedded = null;
        }
    }

    static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed", e);
        }
    }

    static void executeScript(DataSource dataSource, String script) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : script.split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("schema failed", e);
        }
    }

    private static String postgresServer() {
        String url = System.getProperty(POSTGRES_URL);
        return url != null ? url : startEmbeddedPostgres();
    }
}
