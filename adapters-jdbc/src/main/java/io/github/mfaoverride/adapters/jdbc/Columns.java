package io.github.mfaoverride.adapters.jdbc;

import io.github.mfaoverride.domain.PhoneLineType;
import io.github.mfaoverride.domain.PhoneNumber;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Reads and writes the value types the stores share, identically on every database: instants as
 * {@code TIMESTAMP WITH TIME ZONE} in UTC, phone numbers as E.164 text beside their line type's name.
 */
final class Columns {

    private Columns() {
    }

    static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    static void setInstant(PreparedStatement statement, int index, Optional<Instant> value) throws SQLException {
        if (value.isPresent()) {
            setInstant(statement, index, value.get());
        } else {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    static void setText(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    static Instant requiredInstant(ResultSet row, String column) throws SQLException {
        return instant(row, column).orElseThrow(() -> new SQLException(column + " is null"));
    }

    static Optional<String> text(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column));
    }

    /** Rebuilds a stored number, keeping a line type learned after parsing (a provider's lookup). */
    static Optional<PhoneNumber> phone(ResultSet row, String numberColumn, String lineTypeColumn)
            throws SQLException {
        String e164 = row.getString(numberColumn);
        if (e164 == null) {
            return Optional.empty();
        }
        PhoneNumber parsed = PhoneNumber.ofE164(e164);
        String lineType = lineTypeColumn == null ? null : row.getString(lineTypeColumn);
        return Optional.of(lineType == null ? parsed : parsed.withLineType(PhoneLineType.valueOf(lineType)));
    }
}
