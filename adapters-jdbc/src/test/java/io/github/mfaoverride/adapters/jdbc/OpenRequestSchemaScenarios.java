package io.github.mfaoverride.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The schema itself, without the adapters' code, allows one open request per target: any writer of the table
 * (a second library version, a host's script) is held to it.
 */
abstract class OpenRequestSchemaScenarios {

    private static final String INSERT = "INSERT INTO mfa_override_request (id, kind, admin_id, target_id, state,"
            + " created_at, expires_at, updated_at, step_up_failures, send_count, code_failures, version)"
            + " VALUES (?, 'PHONE_CHANGE', 'admin', 'target', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,"
            + " CURRENT_TIMESTAMP, 0, 0, 0, 1)";

    /** Returns a fresh, migrated database for one test. */
    abstract DataSource database();

    @Test
    void insertWhenTargetAlreadyHasAnOpenRowThenTheDatabaseRefuses() throws SQLException {
        DataSource dataSource = database();
        insert(dataSource, "r-1", "CODE_SENT");

        assertThatThrownBy(() -> insert(dataSource, "r-2", "AWAITING_STEP_UP"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(SqlFailures.isConflict(e)).isTrue());
    }

    @Test
    void insertWhenTargetsOtherRowsAreTerminalThenTheDatabaseAccepts() throws SQLException {
        DataSource dataSource = database();
        insert(dataSource, "r-1", "COMPLETED");
        insert(dataSource, "r-2", "SUPERSEDED");

        assertThatCode(() -> insert(dataSource, "r-3", "STEP_UP_PASSED")).doesNotThrowAnyException();
    }

    private static void insert(DataSource dataSource, String id, String state) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, id);
            insert.setString(2, state);
            insert.executeUpdate();
        }
    }
}
