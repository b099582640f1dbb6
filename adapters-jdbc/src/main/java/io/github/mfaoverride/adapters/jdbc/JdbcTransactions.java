package io.github.mfaoverride.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.error.ErrorCode;
import io.github.mfaoverride.error.MfaOverrideException;
import io.github.mfaoverride.port.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transactions over a {@link DataSource}: the outermost {@link #inTransaction} takes one connection, binds it to
 * the calling thread with auto-commit off, and commits or rolls back at its end; nested calls join it.
 *
 * <p>Every JDBC store of this module runs its statements through the instance it was given: on the bound
 * connection when the thread is inside a transaction, otherwise on a fresh auto-commit connection returned to the
 * pool at once. Stores that share one instance therefore share transactions, which is what the facade needs when
 * it completes a change across the request store and the user directory.
 *
 * <p>A failed commit is rolled back and reported as {@link io.github.mfaoverride.error.TransientFailureException}
 * when the failure may pass (a lost connection), so the caller can retry the use case: nothing half-written
 * remains. When the connection drops after the database committed, the outcome cannot be known here and is
 * reported the same way; a retry then reads the committed state (a completed request is refused as being in the
 * wrong state), so nothing is applied twice. Thread-safe.
 */
public final class JdbcTransactions implements Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcTransactions.class);

    private final DataSource dataSource;
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();
    /** Learned from the first connection; a data source does not change database. */
    private volatile Dialect dialect;

    /**
     * Creates transactions over a data source; give it a pooled one in production.
     *
     * @param dataSource where connections come from, not null
     */
    public JdbcTransactions(DataSource dataSource) {
        this.dataSource = requireNonNull(dataSource, "dataSource cannot be null");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        requireNonNull(work, "work cannot be null");
        if (bound.get() != null) {
            return work.get();
        }
        Connection connection = begin();
        bound.set(connection);
        boolean clean = false;
        try {
            T result = work.get();
            commit(connection);
            clean = true;
            return result;
        } catch (RuntimeException | Error failure) {
            clean = rollback(connection, failure);
            throw failure;
        } finally {
            bound.remove();
            release(connection, clean);
        }
    }

    /**
     * Runs statements on the connection bound to this thread, or on a fresh auto-commit one, and translates any
     * {@link SQLException}. JDBC adapters for further ports (rate limits, the audit trail) use it the same way.
     *
     * @param operation what the statements do, for the error message, not null
     * @param work the statements, not null
     * @param <T> what they return
     * @return what the work returned
     */
    <T> T withConnection(String operation, SqlWork<T> work) {
        Connection current = bound.get();
        try {
            if (current != null) {
                return work.run(current);
            }
            try (Connection fresh = dataSource.getConnection()) {
                if (!fresh.getAutoCommit()) {
                    fresh.setAutoCommit(true);
                }
                return work.run(fresh);
            }
        } catch (SQLException e) {
            throw SqlFailures.translate(operation, e);
        } catch (IllegalArgumentException e) {
            // A row mapper met a stored value the library does not know (a role, a state, a number).
            throw new MfaOverrideException(ErrorCode.STORAGE, operation + " read a value the library cannot map", e);
        }
    }

    /**
     * Which database the connection is on, asked once per instance: one instance serves one database, so a
     * routing data source that mixes databases needs an instance (and stores) per database.
     */
    Dialect dialect(Connection connection) throws SQLException {
        Dialect known = dialect;
        if (known == null) {
            known = Dialect.of(connection);
            dialect = known;
        }
        return known;
    }

    private Connection begin() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            release(connection, false);
            throw SqlFailures.translate("beginning a transaction", e);
        }
    }

    private static void commit(Connection connection) {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw SqlFailures.translate("committing a transaction", e);
        }
    }

    private static boolean rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
            return true;
        } catch (SQLException e) {
            LOG.warn("rollback failed after {}; the connection is closed without it (SQLState {})",
                    cause.getClass().getSimpleName(), e.getSQLState());
            cause.addSuppressed(e);
            return false;
        }
    }

    /**
     * Closes the connection; auto-commit is restored only after a clean commit or rollback, since switching it on
     * in the middle of a transaction would commit what is pending.
     */
    private static void release(Connection connection, boolean clean) {
        if (connection == null) {
            return;
        }
        try {
            if (clean) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            LOG.debug("could not restore auto-commit (SQLState {})", e.getSQLState());
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("could not close a connection (SQLState {})", e.getSQLState());
        }
    }
}
