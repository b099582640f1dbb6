package io.github.mfaoverride.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.UserStatus;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Where {@link JdbcUserDirectory} finds users: the library's own table {@code mfa_override_user}, or a host's
 * existing table with its own column names.
 *
 * <p>A host maps its table once, naming only the columns that differ from the library's:
 * <pre>{@code
 * UserTable accounts = UserTable.builder("app.accounts")
 *         .id("account_id").username("login").organization("tenant_id").status("state")
 *         .mfaEnabled("mfa_on").phone("mfa_phone").version("row_version")
 *         .locale(null).phoneLineType(null)
 *         .build();
 * }</pre>
 * Columns set to null are absent: a missing locale reads as {@link Builder#defaultLocale}, a missing line type is
 * derived from the number, a missing verification time reads as unknown and is not written. Status text is mapped
 * with {@link UserStatus#fromName} unless {@link Builder#statusMapping} says otherwise; text it does not know
 * reads as {@link UserStatus#UNKNOWN}, which is never eligible.
 *
 * <p>Requirements on a host's table: the id column holds text (compared with the ids of grants and requests),
 * and a numeric version column (start it at 0) lets the library refuse a stale write. Roles and notification
 * addresses always live in the library's tables {@code mfa_override_user_grant} and
 * {@code mfa_override_user_address}, keyed by the same user id. Immutable and thread-safe.
 */
public final class UserTable {

    /** The library's own user table, created by the migrations. */
    public static final String LIBRARY_TABLE = "mfa_override_user";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern TABLE = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*\\.)?[A-Za-z_][A-Za-z0-9_]*");

    private final String table;
    private final String id;
    private final String username;
    private final String organization;
    private final String status;
    private final String locale;
    private final String mfaEnabled;
    private final String phone;
    private final String phoneLineType;
    private final String phoneVerifiedAt;
    private final String version;
    private final Locale defaultLocale;
    private final Function<String, UserStatus> statusMapping;

    private UserTable(Builder builder) {
        this.table = builder.table;
        this.id = required("id", builder.id);
        this.username = required("username", builder.username);
        this.organization = required("organization", builder.organization);
        this.status = required("status", builder.status);
        this.locale = optional("locale", builder.locale);
        this.mfaEnabled = required("mfaEnabled", builder.mfaEnabled);
        this.phone = required("phone", builder.phone);
        this.phoneLineType = optional("phoneLineType", builder.phoneLineType);
        this.phoneVerifiedAt = optional("phoneVerifiedAt", builder.phoneVerifiedAt);
        this.version = required("version", builder.version);
        this.defaultLocale = builder.defaultLocale;
        this.statusMapping = builder.statusMapping;
    }

    /**
     * Returns the mapping of the library's own table.
     *
     * @return the mapping, never null
     */
    public static UserTable library() {
        return builder(LIBRARY_TABLE).build();
    }

    /**
     * Starts a mapping of a table, with every column named as in the library's own table.
     *
     * @param table the table name, optionally schema-qualified, letters, digits and underscores only, not null
     * @return the builder, never null
     * @throws IllegalArgumentException when the name is not a plain identifier
     */
    public static Builder builder(String table) {
        return new Builder(table);
    }

    String table() {
        return table;
    }

    String id() {
        return id;
    }

    String username() {
        return username;
    }

    String organization() {
        return organization;
    }

    String status() {
        return status;
    }

    Optional<String> locale() {
        return Optional.ofNullable(locale);
    }

    String mfaEnabled() {
        return mfaEnabled;
    }

    String phone() {
        return phone;
    }

    /** Whether this is the library's own table, whose phone column only the library writes. */
    boolean isLibraryTable() {
        return LIBRARY_TABLE.equals(table);
    }

    Optional<String> phoneLineType() {
        return Optional.ofNullable(phoneLineType);
    }

    Optional<String> phoneVerifiedAt() {
        return Optional.ofNullable(phoneVerifiedAt);
    }

    String version() {
        return version;
    }

    Locale defaultLocale() {
        return defaultLocale;
    }

    UserStatus statusOf(String stored) {
        UserStatus mapped = statusMapping.apply(stored);
        return mapped == null ? UserStatus.UNKNOWN : mapped;
    }

    private static String required(String name, String column) {
        if (column == null) {
            throw new IllegalArgumentException(name + " column cannot be null");
        }
        return optional(name, column);
    }

    private static String optional(String name, String column) {
        if (column != null && !IDENTIFIER.matcher(column).matches()) {
            throw new IllegalArgumentException(name + " column must be a plain identifier, but was '" + column
                    + "'");
        }
        return column;
    }

    /** Names the columns of a user table. Not thread-safe. */
    public static final class Builder {
        private final String table;
        private String id = "id";
        private String username = "username";
        private String organization = "organization_id";
        private String status = "status";
        private String locale = "locale";
        private String mfaEnabled = "mfa_enabled";
        private String phone = "phone";
        private String phoneLineType = "phone_line_type";
        private String phoneVerifiedAt = "phone_verified_at";
        private String version = "version";
        private Locale defaultLocale = Locale.ENGLISH;
        private Function<String, UserStatus> statusMapping = UserStatus::fromName;

        private Builder(String table) {
            requireNonNull(table, "table cannot be null");
            if (!TABLE.matcher(table).matches()) {
                throw new IllegalArgumentException("table must be a plain, optionally schema-qualified identifier,"
                        + " but was '" + table + "'");
            }
            this.table = table;
        }

        /**
         * Names the id column, which holds text.
         *
         * @param column the column, not null
         * @return this builder
         */
        public Builder id(String column) {
            this.id = column;
            return this;
        }

        /**
         * Names the column shown as the user's name.
         *
         * @param column the column, not null
         * @return this builder
         */
        public Builder username(String column) {
            this.username = column;
            return this;
        }

        /**
         * Names the column holding the id of the user's organization.
         *
         * @param column the column, not null
         * @return this builder
         */
        public Builder organization(String column) {
            this.organization = column;
            return this;
        }

        /**
         * Names the status column.
         *
         * @param column the column, not null
         * @return this builder
         */
        public Builder status(String column) {
            this.status = column;
            return this;
        }

        /**
         * Names the column holding a BCP 47 language tag such as {@code pt-BR}.
         *
         * @param column the column, or null when the table has none
         * @return this builder
         */
        public Builder locale(String column) {
            this.locale = column;
            return this;
        }

        /**
         * Names the boolean column saying whether MFA is on.
         *
         * @param column the column, not null
         * @return this builder
         */
        public Builder mfaEnabled(String column) {
            this.mfaEnabled = column;
            return this;
        }

        /**
         * Names the column holding the MFA phone number in E.164 form. Numbers read from a host's table are
         * parsed and validated on every read, so a non-canonical form written by the host comes back canonical.
         *
         * @param column the column, not null
         * @return this builder
         */
        public Builder phone(String column) {
            this.phone = column;
            return this;
        }

        /**
         * Names the column holding the number's line type (a {@link io.github.mfaoverride.domain.PhoneLineType}
         * name).
         *
         * @param column the column, or null when the table has none
         * @return this builder
         */
        public Builder phoneLineType(String column) {
            this.phoneLineType = column;
            return this;
        }

        /**
         * Names the column holding when the number was last proven, a timestamp with time zone.
         *
         * @param column the column, or null when the table has none
         * @return this builder
         */
        public Builder phoneVerifiedAt(String column) {
            this.phoneVerifiedAt = column;
            return this;
        }

        /**
         * Names the numeric version column the library compares and increments on every MFA change.
         *
         * @param column the column, not null
         * @return this builder
         */
        public Builder version(String column) {
            this.version = column;
            return this;
        }

        /**
         * Sets the locale of users when the table has no locale column or the value is empty. Default: English.
         *
         * @param value the locale, not null
         * @return this builder
         */
        public Builder defaultLocale(Locale value) {
            this.defaultLocale = requireNonNull(value, "defaultLocale cannot be null");
            return this;
        }

        /**
         * Sets how stored status text maps to a status; a null result reads as {@link UserStatus#UNKNOWN}.
         * Default: {@link UserStatus#fromName}.
         *
         * @param value the mapping, not null; it receives the stored text, possibly null
         * @return this builder
         */
        public Builder statusMapping(Function<String, UserStatus> value) {
            this.statusMapping = requireNonNull(value, "statusMapping cannot be null");
            return this;
        }

        /**
         * Builds the mapping.
         *
         * @return the mapping, never null
         * @throws IllegalArgumentException when a required column is null or a name is not a plain identifier
         */
        public UserTable build() {
            return new UserTable(this);
        }
    }
}
