package io.github.mfaoverride.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The databases the tests run on, built from the shipped migrations: a fresh in-memory H2 database per call, and
 * one embedded PostgreSQL server per test JVM in which each call creates a fresh database.
 */
final class TestDatabases {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestDatabases() {
    }

    /** Returns a new, empty, migrated H2 database that lives until the JVM ends. */
    static DataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:mfa-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        migrate(dataSource, JdbcMigrations.H2);
        return dataSource;
    }

    /** Returns a new in-memory H2 database migrated only up to {@code version}, for upgrade tests. */
    static DataSource h2UpTo(String version) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:mfa-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        flyway(dataSource, JdbcMigrations.H2).target(version).load().migrate();
        return dataSource;
    }

    /** Returns the URL of a new PostgreSQL database migrated only up to {@code version}, for upgrade tests. */
    static String postgresUrlUpTo(String version) {
        String url = emptyPostgresUrl();
        Flyway.configure().dataSource(url, "postgres", null).locations(JdbcMigrations.POSTGRESQL)
                .table("mfa_override_schema_history").target(version).load().migrate();
        return url;
    }

    /** Clears a failed migration from the history, as a host does before applying it again. */
    static void repair(DataSource dataSource, String location) {
        flyway(dataSource, location).load().repair();
    }

    /** Applies every migration not yet applied, as a host upgrading the library would. */
    static void migrateToLatest(DataSource dataSource, String location) {
        migrate(dataSource, location);
    }

    /** Returns the JDBC URL of a new, empty, migrated PostgreSQL database on the shared embedded server. */
    static String postgresUrl() {
        String url = emptyPostgresUrl();
        Flyway.configure().dataSource(url, "postgres", null).locations(JdbcMigrations.POSTGRESQL)
                .table("mfa_override_schema_history").load().migrate();
        return url;
    }

    private static String emptyPostgresUrl() {
        String name = "mfa_" + DATABASES.incrementAndGet();
        try (Connection connection = Postgres.SERVER.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return Postgres.SERVER.getJdbcUrl("postgres", name);
    }

    /** Returns a pool over a new, empty, migrated PostgreSQL database; close it at the end of the test. */
    static HikariDataSource postgres() {
        return pool(postgresUrl(), 10, "postgres");
    }

    /** Opens a connection pool, as one service instance would. */
    static HikariDataSource pool(String url, int size, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setMaximumPoolSize(size);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }

    private static void migrate(DataSource dataSource, String location) {
        flyway(dataSource, location).load().migrate();
    }

    private static FluentConfiguration flyway(DataSource dataSource, String location) {
        return Flyway.configure().dataSource(dataSource).locations(location).table("mfa_override_schema_history");
    }

    /** Starts the embedded server the first time a test asks for PostgreSQL, and stops it with the JVM. */
    private static final class Postgres {

        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
        }
    }
}
