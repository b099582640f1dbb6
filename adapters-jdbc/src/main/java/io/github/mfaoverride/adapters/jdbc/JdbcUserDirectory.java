package io.github.mfaoverride.adapters.jdbc;

import static io.github.mfaoverride.adapters.jdbc.Columns.setInstant;
import static io.github.mfaoverride.adapters.jdbc.Columns.setText;
import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.AdminGrant;
import io.github.mfaoverride.domain.AdminRole;
import io.github.mfaoverride.domain.MfaEnrollment;
import io.github.mfaoverride.domain.Organization;
import io.github.mfaoverride.domain.OrganizationId;
import io.github.mfaoverride.domain.OrganizationType;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.error.ConcurrentUpdateException;
import io.github.mfaoverride.error.UnknownEntityException;
import io.github.mfaoverride.port.UserDirectory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Users and organizations over JDBC, on the library's own tables or on a host's user table mapped by a
 * {@link UserTable}.
 *
 * <p>{@link #findUser} is one statement: the user row joined with its roles and notification addresses.
 * {@link #replaceMfa} is one conditional update on the version read (a second statement tells a stale version
 * from an unknown user when no row changed). {@link #save(User)} and {@link #save(Organization)} seed or
 * change records outside the workflow, as a host's own admin screens or a test would. Organizations always live in
 * {@code mfa_override_organization}. Thread-safe.
 */
public final class JdbcUserDirectory implements UserDirectory {

    /** {@link UserRowsMapper} reads these columns by position: keep the order. */
    private static final String SELECT_USER = "SELECT u.{id} AS user_id, u.{username} AS username,"
            + " u.{organization} AS organization_id, u.{status} AS status, {u.locale} AS locale,"
            + " u.{mfa_enabled} AS mfa_enabled, u.{phone} AS phone, {u.phone_line_type} AS phone_line_type,"
            + " {u.phone_verified_at} AS phone_verified_at, u.{version} AS version,"
            + " g.role AS grant_role, g.organization_id AS grant_organization_id,"
            + " a.sort_order AS address_order, a.address AS address"
            + " FROM {table} u"
            + " LEFT JOIN mfa_override_user_grant g ON g.user_id = u.{id}"
            + " LEFT JOIN mfa_override_user_address a ON a.user_id = u.{id}"
            + " WHERE u.{id} = ?";
    private static final String USER_EXISTS = "SELECT 1 FROM {table} WHERE {id} = ?";
    private static final String REPLACE_MFA = "UPDATE {table} SET {mfa_enabled} = ?, {phone} = ?{, phone_line_type = ?}"
            + "{, phone_verified_at = ?}, {version} = {version} + 1 WHERE {id} = ? AND {version} = ?";
    private static final String UPDATE_USER = "UPDATE {table} SET {username} = ?, {organization} = ?, {status} = ?,"
            + " {mfa_enabled} = ?, {phone} = ?, {version} = ?{, locale = ?}{, phone_line_type = ?}"
            + "{, phone_verified_at = ?} WHERE {id} = ?";
    private static final String INSERT_USER = "INSERT INTO {table} ({username}, {organization}, {status},"
            + " {mfa_enabled}, {phone}, {version}{, locale}{, phone_line_type}{, phone_verified_at}, {id})"
            + " VALUES (?, ?, ?, ?, ?, ?{, ?locale}{, ?phone_line_type}{, ?phone_verified_at}, ?)";
    private static final String DELETE_GRANTS = "DELETE FROM mfa_override_user_grant WHERE user_id = ?";
    private static final String INSERT_GRANT = "INSERT INTO mfa_override_user_grant (user_id, role,"
            + " organization_id) VALUES (?, ?, ?)";
    private static final String DELETE_ADDRESSES = "DELETE FROM mfa_override_user_address WHERE user_id = ?";
    private static final String INSERT_ADDRESS = "INSERT INTO mfa_override_user_address (user_id, sort_order,"
            + " address) VALUES (?, ?, ?)";
    private static final String SELECT_ORGANIZATION = "SELECT id, name, type, parent_id"
            + " FROM mfa_override_organization WHERE id = ?";
    private static final String UPDATE_ORGANIZATION = "UPDATE mfa_override_organization SET name = ?, type = ?,"
            + " parent_id = ? WHERE id = ?";
    private static final String INSERT_ORGANIZATION = "INSERT INTO mfa_override_organization (name, type,"
            + " parent_id, id) VALUES (?, ?, ?, ?)";

    private static final OrganizationRowMapper ORGANIZATIONS = new OrganizationRowMapper();

    private final JdbcTransactions transactions;
    private final UserTable table;
    private final UserRowsMapper users;
    private final String selectUser;
    private final String userExists;
    private final String replaceMfa;
    private final String updateUser;
    private final String insertUser;

    /**
     * Creates a directory on the library's own tables.
     *
     * @param transactions the transactions shared with the other JDBC stores of the same database, not null
     */
    public JdbcUserDirectory(JdbcTransactions transactions) {
        this(transactions, UserTable.library());
    }

    /**
     * Creates a directory on a mapped user table.
     *
     * @param transactions the transactions shared with the other JDBC stores of the same database, not null
     * @param table where users are, not null
     */
    public JdbcUserDirectory(JdbcTransactions transactions, UserTable table) {
        this.transactions = requireNonNull(transactions, "transactions cannot be null");
        this.table = requireNonNull(table, "table cannot be null");
        this.users = new UserRowsMapper(table);
        this.selectUser = sql(SELECT_USER, table);
        this.userExists = sql(USER_EXISTS, table);
        this.replaceMfa = sql(REPLACE_MFA, table);
        this.updateUser = sql(UPDATE_USER, table);
        this.insertUser = sql(INSERT_USER, table);
    }

    @Override
    public Optional<User> findUser(UserId id) {
        requireNonNull(id, "id cannot be null");
        return transactions.withConnection("reading user " + id, connection -> select(connection, id));
    }

    @Override
    public Optional<Organization> findOrganization(OrganizationId id) {
        requireNonNull(id, "id cannot be null");
        return transactions.withConnection("reading organization " + id, connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT_ORGANIZATION)) {
                select.setString(1, id.value());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(ORGANIZATIONS.map(row)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void replaceMfa(UserId id, long expectedVersion, MfaEnrollment enrollment) {
        requireNonNull(id, "id cannot be null");
        requireNonNull(enrollment, "enrollment cannot be null");
        transactions.withConnection("replacing the MFA of user " + id, connection -> {
            if (updateMfa(connection, id, expectedVersion, enrollment) == 0) {
                throw exists(connection, id)
                        ? new ConcurrentUpdateException("user " + id + " changed since version " + expectedVersion)
                        : new UnknownEntityException("user", id.value());
            }
            return null;
        });
    }

    /**
     * Adds or replaces a user as given, version, roles and notification addresses included, in one transaction.
     * For seeding and tests; the workflow itself only calls {@link #replaceMfa}. It overwrites without a version
     * check, so it must not serve concurrent edits: a host screen that saved a user read before a phone change
     * completed would put the old number back. The status is written as the library's name for it
     * ({@code ACTIVE}), whatever {@link UserTable.Builder#statusMapping} reads.
     *
     * @param user the user, not null
     * @return this directory
     */
    public JdbcUserDirectory save(User user) {
        requireNonNull(user, "user cannot be null");
        transactions.inTransaction(() -> transactions.withConnection("saving user " + user.id(), connection -> {
            if (writeUser(connection, updateUser, user) == 0) {
                writeUser(connection, insertUser, user);
            }
            replaceGrants(connection, user);
            replaceAddresses(connection, user);
            return null;
        }));
        return this;
    }

    /**
     * Adds or replaces an organization.
     *
     * @param organization the organization, not null
     * @return this directory
     */
    public JdbcUserDirectory save(Organization organization) {
        requireNonNull(organization, "organization cannot be null");
        transactions.inTransaction(() -> transactions.withConnection("saving organization " + organization.id(),
                connection -> {
                    if (writeOrganization(connection, UPDATE_ORGANIZATION, organization) == 0) {
                        writeOrganization(connection, INSERT_ORGANIZATION, organization);
                    }
                    return null;
                }));
        return this;
    }

    private Optional<User> select(Connection connection, UserId id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(selectUser)) {
            select.setString(1, id.value());
            try (ResultSet rows = select.executeQuery()) {
                return users.map(rows);
            }
        }
    }

    private boolean exists(Connection connection, UserId id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(userExists)) {
            select.setString(1, id.value());
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private int updateMfa(Connection connection, UserId id, long expectedVersion, MfaEnrollment enrollment)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(replaceMfa)) {
            int i = 1;
            update.setBoolean(i++, enrollment.enabled());
            setText(update, i++, enrollment.phone().map(PhoneNumber::e164));
            if (table.phoneLineType().isPresent()) {
                setText(update, i++, enrollment.phone().map(phone -> phone.lineType().name()));
            }
            if (table.phoneVerifiedAt().isPresent()) {
                setInstant(update, i++, enrollment.phoneVerifiedAt());
            }
            update.setString(i++, id.value());
            update.setLong(i, expectedVersion);
            return update.executeUpdate();
        }
    }

    private int writeUser(Connection connection, String sql, User user) throws SQLException {
        try (PreparedStatement write = connection.prepareStatement(sql)) {
            int i = 1;
            write.setString(i++, user.username());
            write.setString(i++, user.organization().value());
            write.setString(i++, user.status().name());
            write.setBoolean(i++, user.mfa().enabled());
            setText(write, i++, user.mfa().phone().map(PhoneNumber::e164));
            write.setLong(i++, user.version());
            if (table.locale().isPresent()) {
                write.setString(i++, user.locale().toLanguageTag());
            }
            if (table.phoneLineType().isPresent()) {
                setText(write, i++, user.mfa().phone().map(phone -> phone.lineType().name()));
            }
            if (table.phoneVerifiedAt().isPresent()) {
                setInstant(write, i++, user.mfa().phoneVerifiedAt());
            }
            write.setString(i, user.id().value());
            return write.executeUpdate();
        }
    }

    private static void replaceGrants(Connection connection, User user) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE_GRANTS)) {
            delete.setString(1, user.id().value());
            delete.executeUpdate();
        }
        if (user.grants().isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_GRANT)) {
            for (AdminGrant grant : user.grants()) {
                insert.setString(1, user.id().value());
                insert.setString(2, grant.role().name());
                insert.setString(3, grant.organization().value());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void replaceAddresses(Connection connection, User user) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE_ADDRESSES)) {
            delete.setString(1, user.id().value());
            delete.executeUpdate();
        }
        if (user.notificationAddresses().isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ADDRESS)) {
            int order = 0;
            for (String address : user.notificationAddresses()) {
                insert.setString(1, user.id().value());
                insert.setInt(2, order++);
                insert.setString(3, address);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static int writeOrganization(Connection connection, String sql, Organization organization)
            throws SQLException {
        try (PreparedStatement write = connection.prepareStatement(sql)) {
            write.setString(1, organization.name());
            write.setString(2, organization.type().name());
            setText(write, 3, organization.parent().map(OrganizationId::value));
            write.setString(4, organization.id().value());
            return write.executeUpdate();
        }
    }

    /**
     * Fills a statement template with the table's names: {@code {table}} and {@code {column}} become the mapped
     * names; {@code {u.column}} becomes the qualified column or {@code NULL} when the table has none; the optional
     * fragments {@code {, column = ?}}, {@code {, column}} and {@code {, ?column}} disappear when it has none.
     */
    private static String sql(String template, UserTable table) {
        String sql = template.replace("{table}", table.table());
        sql = optionalColumn(sql, "locale", table.locale());
        sql = optionalColumn(sql, "phone_line_type", table.phoneLineType());
        sql = optionalColumn(sql, "phone_verified_at", table.phoneVerifiedAt());
        return sql.replace("{id}", table.id()).replace("{username}", table.username())
                .replace("{organization}", table.organization()).replace("{status}", table.status())
                .replace("{mfa_enabled}", table.mfaEnabled()).replace("{phone}", table.phone())
                .replace("{version}", table.version());
    }

    private static String optionalColumn(String sql, String name, Optional<String> column) {
        return sql.replace("{u." + name + "}", column.map(c -> "u." + c).orElse("NULL"))
                .replace("{, " + name + " = ?}", column.map(c -> ", " + c + " = ?").orElse(""))
                .replace("{, ?" + name + "}", column.map(c -> ", ?").orElse(""))
                .replace("{, " + name + "}", column.map(c -> ", " + c).orElse(""));
    }

    /**
     * Folds the rows of {@link #SELECT_USER} (one per role and address combination) into one user, reading the
     * user's columns in the order selected, then the repeating ones by position.
     */
    private static final class UserRowsMapper {

        private static final int GRANT_ROLE = 11;
        private static final int GRANT_ORGANIZATION = 12;
        private static final int ADDRESS_ORDER = 13;
        private static final int ADDRESS = 14;

        private final UserTable table;

        UserRowsMapper(UserTable table) {
            this.table = table;
        }

        Optional<User> map(ResultSet rows) throws SQLException {
            if (!rows.next()) {
                return Optional.empty();
            }
            Columns.Cursor next = new Columns.Cursor(rows);
            UserId id = UserId.of(next.text());
            String username = next.text();
            OrganizationId organization = OrganizationId.of(next.text());
            String status = next.text();
            String languageTag = next.text();
            Locale locale = languageTag == null || languageTag.isBlank()
                    ? table.defaultLocale() : Locale.forLanguageTag(languageTag);
            boolean enabled = next.bool();
            Optional<PhoneNumber> phone = next.phone(table.isLibraryTable());
            MfaEnrollment mfa = new MfaEnrollment(enabled, phone, next.optionalInstant());
            long version = next.longInteger();
            Set<AdminGrant> grants = new HashSet<>();
            TreeMap<Integer, String> addresses = new TreeMap<>();
            do {
                String role = rows.getString(GRANT_ROLE);
                if (role != null) {
                    grants.add(new AdminGrant(AdminRole.valueOf(role),
                            OrganizationId.of(rows.getString(GRANT_ORGANIZATION))));
                }
                String address = rows.getString(ADDRESS);
                if (address != null) {
                    addresses.put(rows.getInt(ADDRESS_ORDER), address);
                }
            } while (rows.next());
            return Optional.of(new User(id, username, organization, table.statusOf(status), locale,
                    new ArrayList<>(addresses.values()), mfa, grants, version));
        }
    }

    /** Rebuilds an organization from one row of {@link #SELECT_ORGANIZATION}. */
    private static final class OrganizationRowMapper {

        Organization map(ResultSet row) throws SQLException {
            return new Organization(OrganizationId.of(row.getString("id")), row.getString("name"),
                    OrganizationType.valueOf(row.getString("type")),
                    Columns.text(row, "parent_id").map(OrganizationId::of));
        }
    }
}
