package io.github.mfaoverride.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import javax.sql.DataSource;

/**
 * The JDBC user directory, request store, rate-limit counters and audit trail wired to one shared
 * {@link JdbcTransactions}, so that the facade's transactions span them. Hand them to {@code MfaOverride.builder()}:
 * <pre>{@code
 * JdbcStore store = JdbcStore.on(dataSource);
 * MfaOverride mfa = MfaOverride.builder()
 *         .directory(store.directory()).requests(store.requests()).transactions(store.transactions())
 *         .rateLimitCounters(store.rateLimitCounters()).auditTrail(store.auditTrail())
 *         ...
 * }</pre>
 * The schema must exist first: apply the migrations at {@link JdbcMigrations#H2} or
 * {@link JdbcMigrations#POSTGRESQL}. Thread-safe.
 */
public final class JdbcStore {

    private final JdbcTransactions transactions;
    private final JdbcUserDirectory directory;
    private final JdbcPhoneChangeRequests requests;
    private final JdbcRateLimitCounters rateLimitCounters;
    private final JdbcAuditTrail auditTrail;

    private JdbcStore(DataSource dataSource, UserTable users) {
        this.transactions = new JdbcTransactions(dataSource);
        this.directory = new JdbcUserDirectory(transactions, users);
        this.requests = new JdbcPhoneChangeRequests(transactions);
        this.rateLimitCounters = new JdbcRateLimitCounters(transactions);
        this.auditTrail = new JdbcAuditTrail(transactions);
    }

    /**
     * Creates the stores on the library's own tables.
     *
     * @param dataSource a pooled data source, not null
     * @return the stores, never null
     */
    public static JdbcStore on(DataSource dataSource) {
        return on(dataSource, UserTable.library());
    }

    /**
     * Creates the stores with users read from a mapped table.
     *
     * @param dataSource a pooled data source, not null
     * @param users where users are, not null
     * @return the stores, never null
     */
    public static JdbcStore on(DataSource dataSource, UserTable users) {
        requireNonNull(dataSource, "dataSource cannot be null");
        requireNonNull(users, "users cannot be null");
        return new JdbcStore(dataSource, users);
    }

    /**
     * Returns the transactions spanning both stores.
     *
     * @return the shared transactions, never null
     */
    public JdbcTransactions transactions() {
        return transactions;
    }

    /**
     * Returns the users and organizations.
     *
     * @return the directory, never null
     */
    public JdbcUserDirectory directory() {
        return directory;
    }

    /**
     * Returns the requests.
     *
     * @return the request store, never null
     */
    public JdbcPhoneChangeRequests requests() {
        return requests;
    }

    /**
     * Returns the windowed counters behind the cross-request rate limits and lockouts.
     *
     * @return the counters, never null
     */
    public JdbcRateLimitCounters rateLimitCounters() {
        return rateLimitCounters;
    }

    /**
     * Returns the append-only audit trail.
     *
     * @return the trail, never null
     */
    public JdbcAuditTrail auditTrail() {
        return auditTrail;
    }
}
