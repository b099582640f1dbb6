package io.github.mfaoverride.adapters.jdbc;

import io.github.mfaoverride.error.ConcurrentUpdateException;
import io.github.mfaoverride.error.ErrorCode;
import io.github.mfaoverride.error.MfaOverrideException;
import io.github.mfaoverride.error.TransientFailureException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Translates JDBC failures into the core's exceptions: unique violations become
 * {@link ConcurrentUpdateException}, failures that may pass become {@link TransientFailureException}, the rest a
 * plain {@link MfaOverrideException}. Messages carry the SQLState, never the driver's text, which can quote
 * stored values.
 */
final class SqlFailures {

    private static final String UNIQUE_VIOLATION = "23505";
    /** H2's "concurrent update" error, raised when two transactions change one row. */
    private static final int H2_CONCURRENT_UPDATE = 90131;
    /** Serialization failure, deadlock, PostgreSQL's operator shutdowns and "too many connections". */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "57P01", "57P02", "57P03",
            "53300", "HYT00");

    private SqlFailures() {
    }

    static MfaOverrideException translate(String operation, SQLException failure) {
        String state = failure.getSQLState();
        if (isConflict(failure)) {
            return new ConcurrentUpdateException(operation + " conflicted with a concurrent write (SQLState "
                    + state + ")");
        }
        if (isTransient(failure)) {
            return new TransientFailureException(operation + " failed and may succeed if tried again (SQLState "
                    + state + ")", failure);
        }
        return new MfaOverrideException(ErrorCode.STORAGE, operation + " failed (SQLState " + state
                + ", vendor code " + failure.getErrorCode() + ")", failure);
    }

    static boolean isConflict(SQLException failure) {
        for (SQLException each = failure; each != null; each = each.getNextException()) {
            boolean h2ConcurrentUpdate = each.getErrorCode() == H2_CONCURRENT_UPDATE
                    && String.valueOf(H2_CONCURRENT_UPDATE).equals(each.getSQLState());
            if (UNIQUE_VIOLATION.equals(each.getSQLState()) || h2ConcurrentUpdate) {
                return true;
            }
        }
        return false;
    }

    static boolean isTransient(SQLException failure) {
        for (Throwable each = failure; each != null; each = next(each)) {
            if (each instanceof SQLTransientException || each instanceof SQLRecoverableException
                    || each instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (each instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || TRANSIENT_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable failure) {
        if (failure instanceof SQLException sql && sql.getNextException() != null) {
            return sql.getNextException();
        }
        return failure.getCause() == failure ? null : failure.getCause();
    }
}
