package io.github.mfaoverride.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.domain.Organization;
import io.github.mfaoverride.domain.PhoneLineType;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.port.UserDirectory;
import io.github.mfaoverride.testkit.UserDirectoryContract;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The user directory on a host's own table, with column names of its own, passes the same contract. */
class H2HostUserTableTest extends UserDirectoryContract {

    static final String ACCOUNTS = "CREATE TABLE app_accounts ("
            + " account_id VARCHAR(128) PRIMARY KEY, login VARCHAR(256) NOT NULL, tenant_id VARCHAR(128) NOT NULL,"
            + " state VARCHAR(64) NOT NULL, lang VARCHAR(64), mfa_on BOOLEAN NOT NULL, mfa_phone VARCHAR(32),"
            + " mfa_phone_kind VARCHAR(32), mfa_phone_proven_at TIMESTAMP WITH TIME ZONE,"
            + " row_version BIGINT NOT NULL DEFAULT 0, favourite_colour VARCHAR(20))";

    static final UserTable MAPPING = UserTable.builder("app_accounts")
            .id("account_id").username("login").organization("tenant_id").status("state").locale("lang")
            .mfaEnabled("mfa_on").phone("mfa_phone").phoneLineType("mfa_phone_kind")
            .phoneVerifiedAt("mfa_phone_proven_at").version("row_version")
            .build();

    private DataSource dataSource;
    private JdbcUserDirectory directory;

    @Override
    protected UserDirectory newDirectory() {
        dataSource = TestDatabases.h2();
        execute(dataSource, ACCOUNTS);
        directory = JdbcStore.on(dataSource, MAPPING).directory();
        return directory;
    }

    @Override
    protected void seed(Organization organization) {
        directory.save(organization);
    }

    @Override
    protected void seed(User user) {
        directory.save(user);
    }

    @Override
    protected boolean seedWithStoredStatus(User user, String storedStatus) {
        directory.save(user);
        return H2UserDirectoryTest.RawStatus.set(dataSource, "app_accounts", "state", "account_id", user,
                storedStatus);
    }

    @Test
    void findUserWhenTheHostWroteANonCanonicalNumberThenItComesBackCanonical() {
        execute(dataSource, "INSERT INTO app_accounts (account_id, login, tenant_id, state, mfa_on, mfa_phone,"
                + " mfa_phone_kind) VALUES ('a-1', 'ann', 't-1', 'ACTIVE', TRUE, '+4407911123456', 'MOBILE')");

        PhoneNumber phone = directory.findUser(UserId.of("a-1")).orElseThrow().mfa().phone().orElseThrow();

        assertThat(phone).isEqualTo(PhoneNumber.ofE164("+447911123456"));
        assertThat(phone.e164()).isEqualTo("+447911123456");
        assertThat(phone.lineType()).isEqualTo(PhoneLineType.MOBILE);
    }

    static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
