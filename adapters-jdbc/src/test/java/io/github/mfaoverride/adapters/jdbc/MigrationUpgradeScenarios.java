package io.github.mfaoverride.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

/**
 * A database created at version 1, holding requests, upgraded to the latest migrations as a host upgrading the
 * library would: the rows stay, and a request awaiting approval then counts as its target's open request.
 */
abstract class MigrationUpgradeScenarios {

    private static final String INSERT = "INSERT INTO mfa_override_request (id, kind, admin_id, target_id, state,"
            + " created_at, expires_at, updated_at, step_up_failures, send_count, code_failures, version)"
            + " VALUES (?, 'PHONE_CHANGE', 'admin', ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,"
            + " CURRENT_TIMESTAMP, 0, 0, 0, 1)";

    /** Returns a fresh database migrated to version 1 only. */
    abstract DataSource databaseAtVersion1();

    /** Returns where the migrations for this database are. */
    abstract String migrations();

    @Test
    void migrateWhenVersion1HoldsRequestsThenTheyStayAndAwaitingApprovalBecomesOpen() throws SQLException {
        DataSource dataSource = databaseAtVersion1();
        insert(dataSource, "r-1", "target-a", "AWAITING_APPROVAL");
        insert(dataSource, "r-2", "target-a", "COMPLETED");
        insert(dataSource, "r-3", "target-b", "CODE_SENT");

        TestDatabases.migrateToLatest(dataSource, migrations());

        assertThat(ids(dataSource)).containsExactly("r-1", "r-2", "r-3");
        assertThatThrownBy(() -> insert(dataSource, "r-4", "target-a", "AWAITING_STEP_UP"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(SqlFailures.isConflict(e)).isTrue());
        assertThatThrownBy(() -> insert(dataSource, "r-5", "target-b", "AWAITING_APPROVAL"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(SqlFailures.isConflict(e)).isTrue());
    }

    @Test
    void migrateWhenATargetHasAnApprovalAndAnotherOpenRequestThenVersion2IsRefusedUntilOneEnds()
            throws SQLException {
        DataSource dataSource = databaseAtVersion1();
        insert(dataSource, "r-1", "target-a", "AWAITING_APPROVAL");
        insert(dataSource, "r-2", "target-a", "CODE_SENT");

        assertThatThrownBy(() -> TestDatabases.migrateToLatest(dataSource, migrations()))
                .isInstanceOf(FlywayException.class);
        assertThat(ids(dataSource)).containsExactly("r-1", "r-2");

        cancel(dataSource, "r-2");
        TestDatabases.repair(dataSource, migrations());
        TestDatabases.migrateToLatest(dataSource, migrations());
        assertThatThrownBy(() -> insert(dataSource, "r-3", "target-a", "STEP_UP_PASSED"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(SqlFailures.isConflict(e)).isTrue());
    }

    private static void cancel(DataSource dataSource, String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE mfa_override_request SET state = 'CANCELLED' WHERE id = ?")) {
            update.setString(1, id);
            update.executeUpdate();
        }
    }

    private static void insert(DataSource dataSource, String id, String target, String state) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, id);
            insert.setString(2, target);
            insert.setString(3, state);
            insert.executeUpdate();
        }
    }

    private static List<String> ids(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id FROM mfa_override_request ORDER BY id");
                ResultSet rows = select.executeQuery()) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        }
    }
}
