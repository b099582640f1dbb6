package io.github.mfaoverride.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JdbcWorldTest {

    @Test
    void measureWhenRunOnH2ThenTheFloorNeedsNoMoreStatementsThanTheLibrary() throws Exception {
        Map<String, StatementCounts.Count> counts = StatementCounts.measure("h2").stream()
                .collect(Collectors.toMap(StatementCounts.Count::operation, Function.identity()));

        StatementCounts.Count ours = counts.get("ours: one phone change");
        StatementCounts.Count floor = counts.get("floor: one phone change");
        assertThat(floor.statements()).isPositive().isLessThanOrEqualTo(ours.statements());
        assertThat(floor.transactions()).isPositive().isLessThanOrEqualTo(ours.transactions());
        assertThat(counts.get("Spring Security: generate then consume").statements()).isEqualTo(3.0);
    }

    @Test
    void nextOptInWhenARoundIsUsedUpThenTheAdminsCanOptInAgain() throws SQLException {
        try (JdbcWorld world = new JdbcWorld("h2")) {
            for (int i = 0; i <= JdbcWorld.OPT_IN_ROUND; i++) {
                world.nextOptIn().optIn();
            }

            assertThat(completed(world, "MFA_OPT_IN")).isEqualTo(JdbcWorld.OPT_IN_ROUND + 1);
        }
    }

    @Test
    void forgetRequestsWhenFlowsRanThenOnlyLaterFlowsRemain() throws SQLException {
        try (JdbcWorld world = new JdbcWorld("h2")) {
            List.of(1, 2, 3).forEach(i -> world.phoneChange().fullFlow());

            world.forgetRequests();
            world.phoneChange().fullFlow();

            assertThat(completed(world, "PHONE_CHANGE")).isEqualTo(1);
        }
    }

    private static int completed(JdbcWorld world, String kind) throws SQLException {
        try (Connection connection = world.pool().getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT COUNT(*) FROM mfa_override_request WHERE kind = ? AND state = 'COMPLETED'")) {
            count.setString(1, kind);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
