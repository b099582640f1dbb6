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
        return instantAt(row, row.findColumn(column));
    }

    static Instant requiredInstant(ResultSet row, String column) throws SQLException {
        return required(instantAt(row, row.findColumn(column)), column);
    }

    static Optional<String> text(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column));
    }

    private static Optional<Instant> instantAt(ResultSet row, int column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static <T> T required(Optional<T> value, String column) throws SQLException {
        return value.orElseThrow(() -> new SQLException(column + " is null"));
    }

    /**
     * Reads a row's columns left to right, in the order its statement selected them, by position: a driver may
     * build a map of labels for every result set read by name, which costs more than the row on H2. Each method
     * reads the next column.
     */
    static final class Cursor {

        private final ResultSet row;
        private int next = 1;

        Cursor(ResultSet row) {
            this.row = row;
        }

        String text() throws SQLException {
            return row.getString(next++);
        }

        Optional<String> optionalText() throws SQLException {
            return Optional.ofNullable(text());
        }

        int integer() throws SQLException {
            return row.getInt(next++);
        }

        long longInteger() throws SQLException {
            return row.getLong(next++);
        }

        boolean bool() throws SQLException {
            return row.getBoolean(next++);
        }

        Optional<Instant> optionalInstant() throws SQLException {
            return instantAt(row, next++);
        }

        Instant instant() throws SQLException {
            int column = next;
            Optional<Instant> value = optionalInstant();
            if (value.isEmpty()) {
                throw new SQLException("column " + column + " is null");
            }
            return value.get();
        }

        /**
         * Reads a stored number and the line type beside it (two columns), keeping a line type a provider's lookup
         * refined. A number the library wrote itself is only checked for E.164 form
         * ({@link PhoneNumber#ofStored}), as it was validated when parsed; one a host wrote, or one without a line
         * type (a host table with no line-type column selects NULL), is parsed and validated again.
         *
         * @param writtenByLibrary whether only the library writes this column
         */
        Optional<PhoneNumber> phone(boolean writtenByLibrary) throws SQLException {
            String e164 = text();
            String lineType = text();
            if (e164 == null) {
                return Optional.empty();
            }
            if (writtenByLibrary && lineType != null) {
                return Optional.of(PhoneNumber.ofStored(e164, PhoneLineType.valueOf(lineType)));
            }
            PhoneNumber parsed = PhoneNumber.ofE164(e164);
            return Optional.of(lineType == null ? parsed : parsed.withLineType(PhoneLineType.valueOf(lineType)));
        }
    }
}
