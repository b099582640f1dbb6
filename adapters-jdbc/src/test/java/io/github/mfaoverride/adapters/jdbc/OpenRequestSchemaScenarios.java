package io.github.mfaoverride.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mfaoverride.workflow.RequestState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
    void insertWhenTargetHasARequestAwaitingApprovalThenTheDatabaseRefusesAnOpenOne() throws SQLException {
        DataSource dataSource = database();
        insert(dataSource, "r-1", "AWAITING_APPROVAL");

        assertThatThrownBy(() -> insert(dataSource, "r-2", "CODE_SENT"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(SqlFailures.isConflict(e)).isTrue());
    }

    @Test
    void updateWhenAnotherRequestOfTheTargetIsOpenThenTheDatabaseRefusesAwaitingApproval() throws SQLException {
        DataSource dataSource = database();
        insert(dataSource, "r-1", "CANCELLED");
        insert(dataSource, "r-2", "STEP_UP_PASSED");

        assertThatThrownBy(() -> setState(dataSource, "r-1", "AWAITING_APPROVAL"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(SqlFailures.isConflict(e)).isTrue());
    }

    /** Every state the enum calls open; a state added later is held to the rule without editing this test. */
    @ParameterizedTest
    @MethodSource("openStates")
    void insertWhenTargetHasARowInAnyOpenStateThenTheDatabaseRefuses(RequestState open) throws SQLException {
        DataSource dataSource = database();
        insert(dataSource, "r-1", open.name());

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

    static Stream<RequestState> openStates() {
        return Arrays.stream(RequestState.values()).filter(state -> !state.isTerminal());
    }

    private static void setState(DataSource dataSource, String id, String state) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE mfa_override_request SET state = ? WHERE id = ?")) {
            update.setString(1, state);
            update.setString(2, id);
            update.executeUpdate();
        }
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
