package io.github.mfaoverride.adapters.jdbc;

import static io.github.mfaoverride.adapters.jdbc.Columns.setInstant;
import static io.github.mfaoverride.adapters.jdbc.Columns.setText;
import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.audit.AuditOutcome;
import io.github.mfaoverride.audit.AuditRecord;
import io.github.mfaoverride.audit.AuditStep;
import io.github.mfaoverride.audit.AuditTrail;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.OrganizationId;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.outcome.Limit;
import io.github.mfaoverride.workflow.RequestId;
import io.github.mfaoverride.workflow.RequestState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * An append-only audit trail in the table {@code mfa_override_audit}: one row per record, one column per field of
 * {@link AuditRecord}, which is PII-safe as it stands (numbers masked, no code, no address). The adapter offers no
 * way to change or delete a row; retention is the host's business. Appending is one statement, on the caller's
 * transaction when there is one. Thread-safe.
 */
public final class JdbcAuditTrail implements AuditTrail {

    private static final String COLUMNS = "recorded_at, correlation_id, step, outcome, acting_admin_id, target_id,"
            + " request_id, organization_id, request_state, reason, rate_limit, detail, masked_old_number,"
            + " masked_new_number, delivery_method, provider_message_id, screening_source";
    private static final String INSERT = "INSERT INTO mfa_override_audit (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_BY_REQUEST = "SELECT " + COLUMNS + " FROM mfa_override_audit"
            + " WHERE request_id = ? ORDER BY seq";

    /** The width of the free-text columns in the migrations; longer text is cut rather than the record lost. */
    private static final int TEXT_WIDTH = 4000;

    private static final AuditRowMapper ROWS = new AuditRowMapper();

    private final JdbcTransactions transactions;

    /**
     * Creates the trail.
     *
     * @param transactions the transactions shared with the other JDBC stores of the same database, not null
     */
    public JdbcAuditTrail(JdbcTransactions transactions) {
        this.transactions = requireNonNull(transactions, "transactions cannot be null");
    }

    @Override
    public void append(AuditRecord record) {
        requireNonNull(record, "record cannot be null");
        transactions.withConnection("appending an audit record", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                setInstant(insert, 1, record.at());
                setText(insert, 2, record.correlationId().map(JdbcAuditTrail::clip));
                insert.setString(3, record.step().name());
                insert.setString(4, record.outcome().name());
                setText(insert, 5, record.actingAdmin().map(UserId::value));
                setText(insert, 6, record.target().map(UserId::value));
                setText(insert, 7, record.request().map(RequestId::value));
                setText(insert, 8, record.organization().map(OrganizationId::value));
                setText(insert, 9, record.state().map(RequestState::name));
                setText(insert, 10, record.reason().map(JdbcAuditTrail::clip));
                setText(insert, 11, record.limit().map(Limit::name));
                setText(insert, 12, record.detail().map(JdbcAuditTrail::clip));
                setText(insert, 13, record.maskedOldNumber());
                setText(insert, 14, record.maskedNewNumber());
                setText(insert, 15, record.method().map(DeliveryMethod::name));
                setText(insert, 16, record.providerMessageId());
                setText(insert, 17, record.screeningSource());
                return insert.executeUpdate();
            }
        });
    }

    /**
     * Returns the records of one request, oldest first: the request's story, as an auditor would read it.
     *
     * @param id the request, not null
     * @return the records in append order, possibly empty, never null
     */
    public List<AuditRecord> recordsOf(RequestId id) {
        requireNonNull(id, "id cannot be null");
        return transactions.withConnection("reading the audit records of request " + id, connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT_BY_REQUEST)) {
                select.setString(1, id.value());
                try (ResultSet rows = select.executeQuery()) {
                    List<AuditRecord> records = new ArrayList<>();
                    while (rows.next()) {
                        records.add(ROWS.map(rows));
                    }
                    return records;
                }
            }
        });
    }

    private static String clip(String text) {
        return text.length() <= TEXT_WIDTH ? text : text.substring(0, TEXT_WIDTH);
    }

    /** Rebuilds a record from one row of {@link #COLUMNS}. */
    private static final class AuditRowMapper {

        AuditRecord map(ResultSet row) throws SQLException {
            return new AuditRecord(
                    Columns.requiredInstant(row, "recorded_at"),
                    Columns.text(row, "correlation_id"),
                    AuditStep.valueOf(row.getString("step")),
                    AuditOutcome.valueOf(row.getString("outcome")),
                    Columns.text(row, "acting_admin_id").map(UserId::of),
                    Columns.text(row, "target_id").map(UserId::of),
                    Columns.text(row, "request_id").map(RequestId::of),
                    Columns.text(row, "organization_id").map(OrganizationId::of),
                    Columns.text(row, "request_state").map(RequestState::valueOf),
                    Columns.text(row, "reason"),
                    Columns.text(row, "rate_limit").map(Limit::valueOf),
                    Columns.text(row, "detail"),
                    Columns.text(row, "masked_old_number"),
                    Columns.text(row, "masked_new_number"),
                    Columns.text(row, "delivery_method").map(DeliveryMethod::valueOf),
                    Columns.text(row, "provider_message_id"),
                    Columns.text(row, "screening_source"));
        }
    }
}
