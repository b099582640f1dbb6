package io.github.mfaoverride.adapters.jdbc;

/**
 * Where the schema's versioned migrations are, as Flyway locations. Each folder holds
 * {@code V<n>__<description>.sql} files, applied in order; later versions only add to earlier ones.
 *
 * <pre>{@code
 * Flyway.configure().dataSource(dataSource).locations(JdbcMigrations.POSTGRESQL).load().migrate();
 * }</pre>
 * Hosts that use Liquibase or apply SQL by hand take the same files from the jar, in version order.
 *
 * <p>Version numbers are shared by all of the library's tables: V1 creates users, organizations and requests; V2
 * counts a request awaiting a second admin's approval as open; V3 adds the rate-limit counters and the audit
 * trail. Keep them in one Flyway history table of
 * their own (for example {@code table("mfa_override_schema_history")}) when the host's own migrations use Flyway
 * too.
 */
public final class JdbcMigrations {

    /** The migrations for H2 2.x, the embedded default. */
    public static final String H2 = "classpath:io/github/mfaoverride/jdbc/migration/h2";

    /** The migrations for PostgreSQL 12 and later. */
    public static final String POSTGRESQL = "classpath:io/github/mfaoverride/jdbc/migration/postgresql";

    private JdbcMigrations() {
    }
}
