package io.github.mfaoverride.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.github.mfaoverride.domain.Organization;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.port.UserDirectory;
import io.github.mfaoverride.testkit.UserDirectoryContract;
import org.junit.jupiter.api.AfterEach;

class PostgresUserDirectoryTest extends UserDirectoryContract {

    private HikariDataSource dataSource;
    private JdbcUserDirectory directory;

    @Override
    protected UserDirectory newDirectory() {
        dataSource = TestDatabases.postgres();
        directory = JdbcStore.on(dataSource).directory();
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
        return H2UserDirectoryTest.RawStatus.set(dataSource, "mfa_override_user", "status", "id", user,
                storedStatus);
    }

    @AfterEach
    void closePool() {
        dataSource.close();
    }
}
