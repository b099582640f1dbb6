package io.github.mfaoverride.adapters.jdbc;

import static io.github.mfaoverride.adapters.jdbc.Columns.setInstant;
import static io.github.mfaoverride.adapters.jdbc.Columns.setText;
import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.error.ConcurrentUpdateException;
import io.github.mfaoverride.port.PhoneChangeRequests;
import io.github.mfaoverride.workflow.PhoneChangeRequest;
import io.github.mfaoverride.workflow.RequestId;
import io.github.mfaoverride.workflow.RequestKind;
import io.github.mfaoverride.workflow.RequestState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Phone-change requests in the table {@code mfa_override_request}, created by the migrations this module ships.
 *
 * <p>Every update is conditional on the version read ({@code WHERE id = ? AND version = ?}); no row changed means
 * another writer came first, reported as {@link ConcurrentUpdateException}. The database itself allows one open
 * request per target (a partial unique index on PostgreSQL, a unique generated column on H2); a violation is
 * reported the same way. Each method is one statement; on H2, {@link #findOpenByTarget} reads the unique generated
 * column {@code open_target} that enforces that rule. Thread-safe.
 */
public final class JdbcPhoneChangeRequests implements PhoneChangeRequests {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcPhoneChangeRequests.class);

    /** {@link RequestRowMapper} reads these columns by position: keep the order. */
    private static final String COLUMNS = "id, kind, admin_id, target_id, state, created_at, expires_at, updated_at,"
            + " step_up_reference, step_up_failures, step_up_passed_at, destination, destination_line_type,"
            + " delivery_method, code_digest, code_expires_at, send_count, last_sent_at, code_failures, version";
    /** Every state that is not terminal, from the enum itself; the migrations' open-target rule lists the same. */
    private static final String OPEN_STATES = Arrays.stream(RequestState.values())
            .filter(state -> !state.isTerminal())
            .map(state -> "'" + state.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    private static final String INSERT = "INSERT INTO mfa_override_request (state, updated_at, expires_at,"
            + " step_up_failures, step_up_passed_at, destination, destination_line_type, delivery_method,"
            + " code_digest, code_expires_at, send_count, last_sent_at, code_failures, version, id, kind, admin_id,"
            + " target_id, created_at, step_up_reference)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Sets every column a transition may change; a change held for approval moves {@code expires_at} on. */
    private static final String UPDATE = "UPDATE mfa_override_request SET state = ?, updated_at = ?,"
            + " expires_at = ?, step_up_failures = ?, step_up_passed_at = ?, destination = ?,"
            + " destination_line_type = ?, delivery_method = ?, code_digest = ?, code_expires_at = ?, send_count = ?,"
            + " last_sent_at = ?, code_failures = ?, version = ? WHERE id = ? AND version = ?";
    private static final String SELECT_BY_ID = "SELECT " + COLUMNS + " FROM mfa_override_request WHERE id = ?";
    /** Served by PostgreSQL's partial unique index, whose predicate is the same state list. */
    private static final String SELECT_OPEN_BY_TARGET = "SELECT " + COLUMNS + " FROM mfa_override_request"
            + " WHERE target_id = ? AND state IN " + OPEN_STATES;
    /**
     * H2 has no partial index; its unique generated column {@code open_target} (migration V2 and later) holds the
     * target of open requests only, so this reads one index entry instead of the target's whole history. The
     * schema tests check that its states are exactly the open states of {@link RequestState}.
     */
    private static final String SELECT_OPEN_BY_TARGET_H2 = "SELECT " + COLUMNS + " FROM mfa_override_request"
            + " WHERE open_target = ?";
    private static final String DELETE_EXPIRED = "DELETE FROM mfa_override_request WHERE id IN"
            + " (SELECT id FROM mfa_override_request WHERE expires_at < ? ORDER BY expires_at LIMIT ?)";

    private static final RequestRowMapper ROWS = new RequestRowMapper();

    private final JdbcTransactions transactions;

    /**
     * Creates the store.
     *
     * @param transactions the transactions shared with the other JDBC stores of the same database, not null
     */
    public JdbcPhoneChangeRequests(JdbcTransactions transactions) {
        this.transactions = requireNonNull(transactions, "transactions cannot be null");
    }

    @Override
    public PhoneChangeRequest insert(PhoneChangeRequest request) {
        requireNonNull(request, "request cannot be null");
        PhoneChangeRequest stored = request.withVersion(1);
        transactions.withConnection("inserting request " + request.id(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int next = bindChangingColumns(insert, stored, 1);
                insert.setString(next, stored.id().value());
                insert.setString(next + 1, stored.kind().name());
                insert.setString(next + 2, stored.adminId().value());
                insert.setString(next + 3, stored.targetId().value());
                setInstant(insert, next + 4, stored.createdAt());
                setText(insert, next + 5, stored.stepUpReference());
                return insert.executeUpdate();
            }
        });
        LOG.debug("request {} stored", stored.id());
        return stored;
    }

    @Override
    public PhoneChangeRequest update(PhoneChangeRequest request) {
        requireNonNull(request, "request cannot be null");
        PhoneChangeRequest stored = request.withVersion(request.version() + 1);
        int changed = transactions.withConnection("updating request " + request.id(), connection -> {
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                int next = bindChangingColumns(update, stored, 1);
                update.setString(next, stored.id().value());
                update.setLong(next + 1, request.version());
                return update.executeUpdate();
            }
        });
        if (changed == 0) {
            throw new ConcurrentUpdateException("request " + request.id() + " changed since version "
                    + request.version() + " or is gone");
        }
        return stored;
    }

    @Override
    public Optional<PhoneChangeRequest> find(RequestId id) {
        requireNonNull(id, "id cannot be null");
        return transactions.withConnection("reading request " + id,
                connection -> selectOne(connection, SELECT_BY_ID, id.value()));
    }

    @Override
    public Optional<PhoneChangeRequest> findOpenByTarget(UserId targetId) {
        requireNonNull(targetId, "targetId cannot be null");
        return transactions.withConnection("reading the open request of user " + targetId, connection -> {
            String sql = transactions.dialect(connection) == Dialect.H2
                    ? SELECT_OPEN_BY_TARGET_H2 : SELECT_OPEN_BY_TARGET;
            return selectOne(connection, sql, targetId.value());
        });
    }

    @Override
    public int purgeExpiredBefore(Instant cutoff, int maxCount) {
        requireNonNull(cutoff, "cutoff cannot be null");
        if (maxCount < 1) {
            throw new IllegalArgumentException("maxCount must be at least 1, but was " + maxCount);
        }
        int removed = transactions.withConnection("purging expired requests", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(DELETE_EXPIRED)) {
                setInstant(delete, 1, cutoff);
                delete.setInt(2, maxCount);
                return delete.executeUpdate();
            }
        });
        LOG.debug("purged {} requests that expired before {}", removed, cutoff);
        return removed;
    }

    private static Optional<PhoneChangeRequest> selectOne(Connection connection, String sql, String key)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(ROWS.map(row)) : Optional.empty();
            }
        }
    }

    /**
     * Binds the columns an update may change, in the order of {@link #UPDATE} and of the head of {@link #INSERT}.
     *
     * @return the next free parameter index
     */
    private static int bindChangingColumns(PreparedStatement statement, PhoneChangeRequest request, int first)
            throws SQLException {
        int i = first;
        statement.setString(i++, request.state().name());
        setInstant(statement, i++, request.updatedAt());
        setInstant(statement, i++, request.expiresAt());
        statement.setInt(i++, request.stepUpFailures());
        setInstant(statement, i++, request.stepUpPassedAt());
        setText(statement, i++, request.destination().map(PhoneNumber::e164));
        setText(statement, i++, request.destination().map(number -> number.lineType().name()));
        setText(statement, i++, request.method().map(DeliveryMethod::name));
        setText(statement, i++, request.codeDigest());
        setInstant(statement, i++, request.codeExpiresAt());
        statement.setInt(i++, request.sendCount());
        setInstant(statement, i++, request.lastSentAt());
        statement.setInt(i++, request.codeFailures());
        statement.setLong(i++, request.version());
        return i;
    }

    /** Rebuilds a request from one row of {@link #COLUMNS}, read in that order. */
    private static final class RequestRowMapper {

        PhoneChangeRequest map(ResultSet row) throws SQLException {
            Columns.Cursor next = new Columns.Cursor(row);
            return new PhoneChangeRequest(
                    RequestId.of(next.text()),
                    RequestKind.valueOf(next.text()),
                    UserId.of(next.text()),
                    UserId.of(next.text()),
                    RequestState.valueOf(next.text()),
                    next.instant(),
                    next.instant(),
                    next.instant(),
                    next.optionalText(),
                    next.integer(),
                    next.optionalInstant(),
                    next.phone(true),
                    next.optionalText().map(DeliveryMethod::valueOf),
                    next.optionalText(),
                    next.optionalInstant(),
                    next.integer(),
                    next.optionalInstant(),
                    next.integer(),
                    next.longInteger());
        }
    }
}
