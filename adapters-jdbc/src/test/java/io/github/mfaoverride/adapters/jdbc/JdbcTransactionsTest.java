package io.github.mfaoverride.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.error.ErrorCode;
import io.github.mfaoverride.error.MfaOverrideException;
import io.github.mfaoverride.error.TransientFailureException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** What {@link JdbcTransactions} adds beyond the contract: how it reports a database it cannot use. */
class JdbcTransactionsTest {

    @Test
    void inTransactionWhenNoConnectionCanBeHadThenTransientFailureAndWorkNeverRuns() {
        JdbcStore store = JdbcStore.on(refusing(new SQLTransientConnectionException("pool exhausted", "08001")));
        boolean[] ran = {false};

        assertThatThrownBy(() -> store.transactions().inTransaction(() -> ran[0] = true))
                .isInstanceOf(TransientFailureException.class);
        assertThat(ran[0]).isFalse();
    }

    @Test
    void findUserWhenTheDatabaseIsUnreachableThenTransientFailure() {
        JdbcStore store = JdbcStore.on(refusing(new SQLException("connection refused", "08001")));

        assertThatThrownBy(() -> store.directory().findUser(UserId.of("u-1")))
                .isInstanceOf(TransientFailureException.class);
    }

    @Test
    void findUserWhenTheSchemaIsMissingThenPlainErrorNotTransient() {
        JdbcDataSource unmigrated = new JdbcDataSource();
        unmigrated.setURL("jdbc:h2:mem:unmigrated");
        JdbcStore store = JdbcStore.on(unmigrated);

        assertThatThrownBy(() -> store.directory().findUser(UserId.of("u-1")))
                .isInstanceOfSatisfying(MfaOverrideException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE));
    }

    @Test
    void findUserWhenAStoredRoleIsUnknownThenStorageErrorNotARawException() throws SQLException {
        DataSource database = TestDatabases.h2();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO mfa_override_user (id, username, organization_id, status, locale,"
                    + " mfa_enabled, version) VALUES ('u-1', 'u-1', 'org', 'ACTIVE', 'en', FALSE, 0)");
            statement.execute("INSERT INTO mfa_override_user_grant (user_id, role, organization_id)"
                    + " VALUES ('u-1', 'SUPER_ADMIN', 'org')");
        }

        assertThatThrownBy(() -> JdbcStore.on(database).directory().findUser(UserId.of("u-1")))
                .isInstanceOfSatisfying(MfaOverrideException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE));
    }

    @Test
    void findUserWhenAStoredPhoneIsNotInE164FormThenStorageErrorNotARawException() throws SQLException {
        DataSource database = TestDatabases.h2();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO mfa_override_user (id, username, organization_id, status, locale,"
                    + " mfa_enabled, phone, phone_line_type, version)"
                    + " VALUES ('u-1', 'u-1', 'org', 'ACTIVE', 'en', TRUE, '(201) 555-0100', 'MOBILE', 0)");
        }

        assertThatThrownBy(() -> JdbcStore.on(database).directory().findUser(UserId.of("u-1")))
                .isInstanceOfSatisfying(MfaOverrideException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE))
                .hasMessageNotContaining("555-0100");
    }

    @Test
    void inTransactionWhenNestedThenReturnsInnerResultThroughOuter() {
        JdbcStore store = JdbcStore.on(TestDatabases.h2());

        String result = store.transactions().inTransaction(() ->
                store.transactions().inTransaction(() -> "inner"));

        assertThat(result).isEqualTo("inner");
    }

    private static DataSource refusing(SQLException failure) {
        return (DataSource) Proxy.newProxyInstance(JdbcTransactionsTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        throw failure;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
