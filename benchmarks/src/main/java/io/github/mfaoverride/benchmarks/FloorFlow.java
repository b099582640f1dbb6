package io.github.mfaoverride.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * The floor: the row reads and writes of one phone change, hand-written in plain JDBC on the JDBC adapters' own
 * tables and indexes, with nothing else. Each step reads what the library's step reads (the request, the admin
 * with their grants, the user, the organization that decides scope) and writes what it writes, one statement per
 * row, on one pooled connection per step, in a transaction where the library uses one. No domain objects, no
 * rules, no cryptography, no notification addresses, no re-reading after a write: what is left is the database's
 * share of a flow.
 */
final class FloorFlow {

    private static final String INSERT_USER = "INSERT INTO mfa_override_user (id, username, organization_id,"
            + " status, locale, mfa_enabled, phone, phone_line_type, phone_verified_at, version)"
            + " VALUES (?, ?, 'corner-bakery', 'ACTIVE', 'en-US', TRUE, ?, 'FIXED_LINE_OR_MOBILE', ?, 0)";
    private static final String INSERT_GRANT = "INSERT INTO mfa_override_user_grant (user_id, role,"
            + " organization_id) VALUES (?, 'MERCHANT_ADMIN', 'corner-bakery')";
    private static final String SELECT_USER = "SELECT u.organization_id, u.status, u.mfa_enabled, u.phone,"
            + " u.version, g.role, g.organization_id AS grant_organization_id FROM mfa_override_user u"
            + " LEFT JOIN mfa_override_user_grant g ON g.user_id = u.id WHERE u.id = ?";
    private static final String SELECT_ORGANIZATION = "SELECT type, parent_id FROM mfa_override_organization"
            + " WHERE id = ?";
    private static final String SELECT_REQUEST = "SELECT admin_id, target_id, state, send_count, version"
            + " FROM mfa_override_request WHERE id = ?";
    /** H2 serves the open request from its unique generated column, PostgreSQL from its partial unique index. */
    private static final String SELECT_OPEN_H2 = "SELECT id FROM mfa_override_request WHERE open_target = ?";
    private static final String SELECT_OPEN_POSTGRES = "SELECT id FROM mfa_override_request WHERE target_id = ?"
            + " AND state IN ('AWAITING_STEP_UP', 'STEP_UP_PASSED', 'CODE_SENT', 'AWAITING_APPROVAL')";
    private static final String INSERT_REQUEST = "INSERT INTO mfa_override_request (id, kind, admin_id, target_id,"
            + " state, created_at, expires_at, updated_at, step_up_reference, step_up_failures, send_count,"
            + " code_failures, version) VALUES (?, 'PHONE_CHANGE', ?, ?, 'AWAITING_STEP_UP', ?, ?, ?, 'floor', 0,"
            + " 0, 0, 1)";
    private static final String STEP_UP_PASSED = "UPDATE mfa_override_request SET state = 'STEP_UP_PASSED',"
            + " step_up_passed_at = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?";
    private static final String SEND_RESERVED = "UPDATE mfa_override_request SET send_count = send_count + 1,"
            + " last_sent_at = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?";
    private static final String CODE_SENT = "UPDATE mfa_override_request SET state = 'CODE_SENT', destination = ?,"
            + " destination_line_type = 'FIXED_LINE_OR_MOBILE', delivery_method = 'SMS', code_digest = ?,"
            + " code_expires_at = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?";
    private static final String COMPLETED = "UPDATE mfa_override_request SET state = 'COMPLETED', updated_at = ?,"
            + " version = version + 1 WHERE id = ? AND version = ?";
    private static final String REPLACE_PHONE = "UPDATE mfa_override_user SET mfa_enabled = TRUE, phone = ?,"
            + " phone_line_type = 'FIXED_LINE_OR_MOBILE', phone_verified_at = ?, version = version + 1"
            + " WHERE id = ? AND version = ?";

    private final DataSource dataSource;
    private final String selectOpen;
    private final String admin;
    private final String target;
    private boolean onSecondPhone;

    FloorFlow(DataSource dataSource, String database, Fixtures.Pair pair) {
        this.dataSource = dataSource;
        this.selectOpen = "h2".equals(database) ? SELECT_OPEN_H2 : SELECT_OPEN_POSTGRES;
        this.admin = pair.admin().value();
        this.target = pair.target().value();
    }

    /** Adds this flow's admin, their grant and the user; the organizations are already there. */
    void seed() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            insertUser(connection, admin, Fixtures.ADMIN_PHONE);
            insertUser(connection, target, Fixtures.FIRST_PHONE);
            try (PreparedStatement grant = connection.prepareStatement(INSERT_GRANT)) {
                grant.setString(1, admin);
                grant.executeUpdate();
            }
        }
    }

    /** One phone change: begin, step-up, send, verify. */
    void run() throws SQLException {
        String id = UUID.randomUUID().toString();
        begin(id);
        stepUp(id);
        send(id);
        verify(id);
    }

    private void begin(String id) throws SQLException {
        OffsetDateTime now = now();
        try (Connection connection = dataSource.getConnection()) {
            readPeople(connection);
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement open = connection.prepareStatement(selectOpen)) {
                    open.setString(1, target);
                    try (ResultSet rows = open.executeQuery()) {
                        require(!rows.next(), "an open request");
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement(INSERT_REQUEST)) {
                    insert.setString(1, id);
                    insert.setString(2, admin);
                    insert.setString(3, target);
                    insert.setObject(4, now);
                    insert.setObject(5, now.plusMinutes(15));
                    insert.setObject(6, now);
                    insert.executeUpdate();
                }
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private void stepUp(String id) throws SQLException {
        OffsetDateTime now = now();
        try (Connection connection = dataSource.getConnection()) {
            long version = readRequest(connection, id);
            readPeople(connection);
            update(connection, STEP_UP_PASSED, id, version, now, now);
        }
    }

    private void send(String id) throws SQLException {
        OffsetDateTime now = now();
        String code = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        try (Connection connection = dataSource.getConnection()) {
            long version = readRequest(connection, id);
            readPeople(connection);
            update(connection, SEND_RESERVED, id, version, now, now);
            update(connection, CODE_SENT, id, version + 1, newPhone(), code, now.plusMinutes(10), now);
        }
    }

    private void verify(String id) throws SQLException {
        OffsetDateTime now = now();
        try (Connection connection = dataSource.getConnection()) {
            long version = readRequest(connection, id);
            long targetVersion = readPeople(connection);
            connection.setAutoCommit(false);
            try {
                update(connection, COMPLETED, id, version, now);
                update(connection, REPLACE_PHONE, target, targetVersion, newPhone(), now);
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
        }
        onSecondPhone = !onSecondPhone;
    }

    /**
     * Reads the admin with their grants, the user, and the organization of the admin's grant (the default scope
     * rule does not climb the hierarchy); returns the user's version.
     */
    private long readPeople(Connection connection) throws SQLException {
        readUser(connection, admin);
        long targetVersion = readUser(connection, target);
        readOrganization(connection, Fixtures.MERCHANT.value());
        return targetVersion;
    }

    private String newPhone() {
        return onSecondPhone ? Fixtures.FIRST_PHONE : Fixtures.SECOND_PHONE;
    }

    private long readRequest(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_REQUEST)) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                require(rows.next(), "request " + id);
                return rows.getLong("version");
            }
        }
    }

    private static long readUser(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_USER)) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                require(rows.next(), "user " + id);
                return rows.getLong("version");
            }
        }
    }

    private static void readOrganization(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_ORGANIZATION)) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                require(rows.next(), "organization " + id);
            }
        }
    }

    private static void update(Connection connection, String sql, String id, long version, Object... values)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int index = 1;
            for (Object value : values) {
                update.setObject(index++, value);
            }
            update.setString(index++, id);
            update.setLong(index, version);
            require(update.executeUpdate() == 1, "row " + id + " at version " + version);
        }
    }

    private void insertUser(Connection connection, String id, String phone) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_USER)) {
            insert.setString(1, id);
            insert.setString(2, id);
            insert.setString(3, phone);
            insert.setObject(4, now());
            insert.executeUpdate();
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("floor flow found no " + what);
        }
    }
}
