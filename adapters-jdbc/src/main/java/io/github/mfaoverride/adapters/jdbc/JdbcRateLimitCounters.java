package io.github.mfaoverride.adapters.jdbc;

import static io.github.mfaoverride.adapters.jdbc.Columns.setInstant;
import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.limits.Acquisition;
import io.github.mfaoverride.limits.CounterWindow;
import io.github.mfaoverride.limits.RateLimitCounters;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Windowed counters in the table {@code mfa_override_rate_counter}, shared by every service instance on the
 * database.
 *
 * <p>{@link #tryAcquire} counts with one conditional write, atomic in the database however many nodes race: on
 * PostgreSQL an {@code INSERT ... ON CONFLICT DO UPDATE ... WHERE} whose update is guarded by the window's end and
 * the limit (one statement when granted); on H2 a guarded {@code UPDATE} of the row, or an
 * {@code INSERT} when the key has no row yet (one statement for a known key, two for a new one). The counter is
 * read back only when the acquisition was denied. The database is recognised once, from the first connection's
 * metadata. Thread-safe.
 */
public final class JdbcRateLimitCounters implements RateLimitCounters {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcRateLimitCounters.class);

    /** Opens a new window when the row is missing or its window ended; counts one more when the limit allows. */
    private static final String POSTGRES_ACQUIRE = "INSERT INTO mfa_override_rate_counter AS c"
            + " (counter_key, hits, window_ends_at) VALUES (?, 1, ?)"
            + " ON CONFLICT (counter_key) DO UPDATE SET"
            + " hits = CASE WHEN c.window_ends_at <= ? THEN 1 ELSE c.hits + 1 END,"
            + " window_ends_at = CASE WHEN c.window_ends_at <= ? THEN EXCLUDED.window_ends_at"
            + " ELSE c.window_ends_at END"
            + " WHERE c.window_ends_at <= ? OR c.hits < ?"
            + " RETURNING hits, window_ends_at";
    private static final String GUARDED_UPDATE = "SELECT hits, window_ends_at FROM FINAL TABLE ("
            + "UPDATE mfa_override_rate_counter SET"
            + " hits = CASE WHEN window_ends_at <= ? THEN 1 ELSE hits + 1 END,"
            + " window_ends_at = CASE WHEN window_ends_at <= ? THEN ? ELSE window_ends_at END"
            + " WHERE counter_key = ? AND (window_ends_at <= ? OR hits < ?))";
    /** Inserts only a key that has no row, so a full window costs no failed statement. */
    private static final String INSERT_NEW = "INSERT INTO mfa_override_rate_counter (counter_key, hits, window_ends_at)"
            + " SELECT ?, 1, ? WHERE NOT EXISTS (SELECT 1 FROM mfa_override_rate_counter WHERE counter_key = ?)";
    private static final String SELECT_ANY = "SELECT hits, window_ends_at FROM mfa_override_rate_counter"
            + " WHERE counter_key = ?";
    private static final String SELECT_CURRENT = SELECT_ANY + " AND window_ends_at > ?";
    private static final String RELEASE = "UPDATE mfa_override_rate_counter SET hits = hits - 1"
            + " WHERE counter_key = ? AND window_ends_at > ? AND hits > 0";
    private static final String PURGE = "DELETE FROM mfa_override_rate_counter WHERE counter_key IN"
            + " (SELECT counter_key FROM mfa_override_rate_counter WHERE window_ends_at < ?"
            + " ORDER BY window_ends_at LIMIT ?)";

    /**
     * On H2, a key inserted, released or purged by another node between the statements sends the attempt round
     * again; more than a few rounds would take a storm of such writes, and the call is then denied (fails closed).
     */
    private static final int MAX_ROUNDS = 3;

    private final JdbcTransactions transactions;

    /**
     * Creates the counters.
     *
     * @param transactions the transactions shared with the other JDBC stores of the same database, not null
     */
    public JdbcRateLimitCounters(JdbcTransactions transactions) {
        this.transactions = requireNonNull(transactions, "transactions cannot be null");
    }

    @Override
    public Acquisition tryAcquire(String key, int limit, Duration window, Instant now) {
        requireNonNull(key, "key cannot be null");
        requireNonNull(window, "window cannot be null");
        requireNonNull(now, "now cannot be null");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, but was " + limit);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, but was " + window);
        }
        Instant endsAt = now.plus(window);
        return transactions.withConnection("counting against a rate limit", connection -> isPostgres(connection)
                ? upsert(connection, key, limit, endsAt, now)
                : updateOrInsert(connection, key, limit, endsAt, now));
    }

    @Override
    public Optional<CounterWindow> current(String key, Instant now) {
        requireNonNull(key, "key cannot be null");
        requireNonNull(now, "now cannot be null");
        return transactions.withConnection("reading a rate-limit counter", connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT_CURRENT)) {
                select.setString(1, key);
                setInstant(select, 2, now);
                return readWindow(select);
            }
        });
    }

    @Override
    public void release(String key, Instant now) {
        requireNonNull(key, "key cannot be null");
        requireNonNull(now, "now cannot be null");
        transactions.withConnection("releasing a rate-limit count", connection -> {
            try (PreparedStatement release = connection.prepareStatement(RELEASE)) {
                release.setString(1, key);
                setInstant(release, 2, now);
                return release.executeUpdate();
            }
        });
    }

    @Override
    public int purgeEndedBefore(Instant cutoff, int maxCount) {
        requireNonNull(cutoff, "cutoff cannot be null");
        if (maxCount < 1) {
            throw new IllegalArgumentException("maxCount must be at least 1, but was " + maxCount);
        }
        int removed = transactions.withConnection("purging ended rate-limit counters", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(PURGE)) {
                setInstant(delete, 1, cutoff);
                delete.setInt(2, maxCount);
                return delete.executeUpdate();
            }
        });
        LOG.debug("purged {} rate-limit counters whose window ended before {}", removed, cutoff);
        return removed;
    }

    private static Acquisition upsert(Connection connection, String key, int limit, Instant endsAt, Instant now)
            throws SQLException {
        Optional<CounterWindow> counted;
        try (PreparedStatement upsert = connection.prepareStatement(POSTGRES_ACQUIRE)) {
            upsert.setString(1, key);
            setInstant(upsert, 2, endsAt);
            setInstant(upsert, 3, now);
            setInstant(upsert, 4, now);
            setInstant(upsert, 5, now);
            upsert.setInt(6, limit);
            counted = readWindow(upsert);
        }
        if (counted.isPresent()) {
            return granted(counted.get());
        }
        try (PreparedStatement select = connection.prepareStatement(SELECT_ANY)) {
            select.setString(1, key);
            return denied(readWindow(select), limit, now);
        }
    }

    /**
     * Counts on a database without a guarded upsert: the guarded update counts into an existing row, the insert
     * opens a window for a new key, and only when both miss (the window is full, or another node inserted the key
     * a moment ago) is the row read, to deny or to go round once more.
     */
    private static Acquisition updateOrInsert(Connection connection, String key, int limit, Instant endsAt,
            Instant now) throws SQLException {
        Optional<CounterWindow> existing = Optional.empty();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Optional<CounterWindow> updated = guardedUpdate(connection, key, limit, endsAt, now);
            if (updated.isPresent()) {
                return granted(updated.get());
            }
            if (insert(connection, key, endsAt)) {
                return granted(new CounterWindow(1, endsAt));
            }
            try (PreparedStatement select = connection.prepareStatement(SELECT_ANY)) {
                select.setString(1, key);
                existing = readWindow(select);
            }
            if (existing.isPresent() && now.isBefore(existing.get().endsAt()) && existing.get().count() >= limit) {
                return denied(existing, limit, now);
            }
        }
        return denied(existing, limit, now);
    }

    private static Optional<CounterWindow> guardedUpdate(Connection connection, String key, int limit,
            Instant endsAt, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(GUARDED_UPDATE)) {
            setInstant(update, 1, now);
            setInstant(update, 2, now);
            setInstant(update, 3, endsAt);
            update.setString(4, key);
            setInstant(update, 5, now);
            update.setInt(6, limit);
            return readWindow(update);
        }
    }

    /** Inserts a fresh window; false when the key has a row, or another node inserted it first. */
    private static boolean insert(Connection connection, String key, Instant endsAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_NEW)) {
            insert.setString(1, key);
            setInstant(insert, 2, endsAt);
            insert.setString(3, key);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (SqlFailures.isConflict(e)) {
                return false;
            }
            throw e;
        }
    }

    private static Acquisition granted(CounterWindow window) {
        return new Acquisition(true, window.count(), window.endsAt());
    }

    /**
     * Reports a denial with the window that refused it. When that window has ended or vanished since the write
     * (a release, a purge with a cutoff in the future), this one call is denied and may be tried again at once.
     */
    private static Acquisition denied(Optional<CounterWindow> full, int limit, Instant now) {
        return full.filter(window -> now.isBefore(window.endsAt()))
                .map(window -> new Acquisition(false, Math.max(1, window.count()), window.endsAt()))
                .orElseGet(() -> new Acquisition(false, limit, now));
    }

    private static Optional<CounterWindow> readWindow(PreparedStatement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            return Optional.of(new CounterWindow(row.getInt("hits"), Columns.requiredInstant(row, "window_ends_at")));
        }
    }

    private boolean isPostgres(Connection connection) throws SQLException {
        return transactions.dialect(connection) == Dialect.POSTGRESQL;
    }
}
