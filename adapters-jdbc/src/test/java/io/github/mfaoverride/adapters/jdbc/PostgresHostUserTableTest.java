package io.github.mfaoverride.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.github.mfaoverride.domain.Organization;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.port.UserDirectory;
import io.github.mfaoverride.testkit.UserDirectoryContract;
import org.junit.jupiter.api.AfterEach;

/** The user directory on a host's own table passes the same contract on PostgreSQL. */
class PostgresHostUserTableTest extends UserDirectoryContract {

    private HikariDataSource dataSource;
    private JdbcUserDirectory directory;

    @Override
    protected UserDirectory newDirectory() {
        dataSource = TestDatabases.postgres();
        H2HostUserTableTest.execute(dataSource, H2HostUserTableTest.ACCOUNTS);
        directory = JdbcStore.on(dataSource, H2HostUserTableTest.MAPPING).directory();
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

    @AfterEach
    void closePool() {
        dataSource.close();
    }
}
