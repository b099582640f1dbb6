package io.github.mfaoverride.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * The floor: the row reads and writes of one phone change, hand-written in plain JDBC with nothing else. Each
 * step reads what the library's step reads (the request, the admin and their grant, the user, the organizations
 * that decide scope) and writes what it writes, one statement per row, on one pooled connection per step, in a
 * transaction where the library needs one. No domain objects, no rules, no cryptography: what is left is the
 * database's share of a flow, which no implementation can go below. The one open request per user is kept by a
 * unique column that is cleared when the request ends, which works on both H2 and PostgreSQL.
 */
final class FloorFlow {

    static final String SCHEMA = """
            create table floor_organizations (
                id varchar(64) primary key,
                parent_id varchar(64),
                type varchar(32) not null,
                name varchar(200) not null);
            create table floor_users (
                id varchar(64) primary key,
                organization_id varchar(64) not null,
                status varchar(16) not null,
                phone varchar(20),
                mfa_enabled boolean not null,
                phone_verified_at timestamp,
                version bigint not null);
            create table floor_admin_grants (
                user_id varchar(64) not null,
                role varchar(32) not null,
                organization_id varchar(64) not null,
                primary key (user_id, role, organization_id));
            create table floor_requests (
                id varchar(36) primary key,
                admin_id varchar(64) not null,
                target_id varchar(64) not null,
                open_target_id varchar(64) unique,
                state varchar(24) not null,
                step_up_passed_at timestamp,
                destination varchar(20),
                code_digest varchar(100),
                code_expires_at timestamp,
                send_count int not null,
                last_sent_at timestamp,
                created_at timestamp not null,
                expires_at timestamp not null,
                ended_at timestamp,
                version bigint not null);
            insert into floor_organizations values ('forte', null, 'PLATFORM_OPERATOR', 'CSG Forte');
            insert into floor_organizations values ('corner-bakery', 'forte', 'MERCHANT', 'Corner Bakery')
            """;

    private static final String INSERT_USER = "insert into floor_users values (?, 'corner-bakery', 'ACTIVE', ?,"
            + " true, ?, 0)";
    private static final String INSERT_GRANT = "insert into floor_admin_grants values (?, 'MERCHANT_ADMIN',"
            + " 'corner-bakery')";
    private static final String SELECT_USER = "select organization_id, status, phone, mfa_enabled, version"
            + " from floor_users where id = ?";
    private static final String SELECT_GRANTS = "select role, organization_id from floor_admin_grants"
            + " where user_id = ?";
    private static final String SELECT_ORGANIZATION = "select parent_id, type from floor_organizations where id = ?";
    private static final String SELECT_REQUEST = "select admin_id, target_id, state, send_count, version"
            + " from floor_requests where id = ?";
    private static final String SELECT_OPEN_REQUEST = "select id from floor_requests where open_target_id = ?";
    private static final String INSERT_REQUEST = "insert into floor_requests (id, admin_id, target_id,"
            + " open_target_id, state, send_count, created_at, expires_at, version)"
            + " values (?, ?, ?, ?, 'AWAITING_STEP_UP', 0, ?, ?, 1)";
    private static final String STEP_UP_PASSED = "update floor_requests set state = 'STEP_UP_PASSED',"
            + " step_up_passed_at = ?, version = version + 1 where id = ? and version = ?";
    private static final String SEND_RESERVED = "update floor_requests set send_count = send_count + 1,"
            + " last_sent_at = ?, version = version + 1 where id = ? and version = ?";
    private static final String CODE_SENT = "update floor_requests set state = 'CODE_SENT', destination = ?,"
            + " code_digest = ?, code_expires_at = ?, version = version + 1 where id = ? and version = ?";
    private static final String COMPLETED = "update floor_requests set state = 'COMPLETED', ended_at = ?,"
            + " open_target_id = null, version = version + 1 where id = ? and version = ?";
    private static final String REPLACE_PHONE = "update floor_users set phone = ?, phone_verified_at = ?,"
            + " version = version + 1 where id = ? and version = ?";

    private final DataSource dataSource;
    private final String admin;
    private final String target;
    private boolean onSecondPhone;

    FloorFlow(DataSource dataSource, Fixtures.Pair pair) {
        this.dataSource = dataSource;
        this.admin = pair.admin().value();
        this.target = pair.target().value();
    }

    /** Adds this flow's admin, grant and user. */
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
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            readPeople(connection);
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement open = connection.prepareStatement(SELECT_OPEN_REQUEST)) {
                    open.setString(1, target);
                    try (ResultSet rows = open.executeQuery()) {
                        require(!rows.next(), "an open request");
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement(INSERT_REQUEST)) {
                    insert.setString(1, id);
                    insert.setString(2, admin);
                    insert.setString(3, target);
                    insert.setString(4, target);
                    insert.setTimestamp(5, Timestamp.from(now));
                    insert.setTimestamp(6, Timestamp.from(now.plusSeconds(900)));
                    insert.executeUpdate();
                }
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private void stepUp(String id) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long version = readRequest(connection, id);
            readPeople(connection);
            update(connection, STEP_UP_PASSED, id, version, Timestamp.from(Instant.now()));
        }
    }

    private void send(String id) throws SQLException {
        Instant now = Instant.now();
        String code = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        try (Connection connection = dataSource.getConnection()) {
            long version = readRequest(connection, id);
            readPeople(connection);
            update(connection, SEND_RESERVED, id, version, Timestamp.from(now));
            update(connection, CODE_SENT, id, version + 1, onSecondPhone ? Fixtures.FIRST_PHONE
                    : Fixtures.SECOND_PHONE, code, Timestamp.from(now.plusSeconds(600)));
        }
    }

    private void verify(String id) throws SQLException {
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            long version = readRequest(connection, id);
            long targetVersion = readPeople(connection);
            connection.setAutoCommit(false);
            try {
                update(connection, COMPLETED, id, version, Timestamp.from(now));
                update(connection, REPLACE_PHONE, target, targetVersion, onSecondPhone ? Fixtures.FIRST_PHONE
                        : Fixtures.SECOND_PHONE, Timestamp.from(now));
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
        }
        onSecondPhone = !onSecondPhone;
    }

    /** Reads the admin, their grants, the user and the three organizations; returns the user's version. */
    private long readPeople(Connection connection) throws SQLException {
        readUser(connection, admin);
        try (PreparedStatement grants = connection.prepareStatement(SELECT_GRANTS)) {
            grants.setString(1, admin);
            try (ResultSet rows = grants.executeQuery()) {
                require(rows.next(), "the admin's grant");
            }
        }
        long targetVersion = readUser(connection, target);
        readOrganization(connection, "corner-bakery");
        readOrganization(connection, "corner-bakery");
        readOrganization(connection, "forte");
        return targetVersion;
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
            insert.setString(2, phone);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("floor flow found no " + what);
        }
    }
}
