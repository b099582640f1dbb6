package io.github.mfaoverride.adapters.jdbc;

import io.github.mfaoverride.domain.Organization;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.port.UserDirectory;
import io.github.mfaoverride.testkit.UserDirectoryContract;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

class H2UserDirectoryTest extends UserDirectoryContract {

    private DataSource dataSource;
    private JdbcUserDirectory directory;

    @Override
    protected UserDirectory newDirectory() {
        dataSource = TestDatabases.h2();
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
        return RawStatus.set(dataSource, "mfa_override_user", "status", "id", user, storedStatus);
    }

    /** Overwrites a stored status with text the library does not produce itself. */
    static final class RawStatus {

        private RawStatus() {
        }

        static boolean set(DataSource dataSource, String table, String statusColumn, String idColumn, User user,
                String storedStatus) {
            String sql = "UPDATE " + table + " SET " + statusColumn + " = ? WHERE " + idColumn + " = ?";
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement update = connection.prepareStatement(sql)) {
                update.setString(1, storedStatus);
                update.setString(2, user.id().value());
                return update.executeUpdate() == 1;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
