package io.github.mfaoverride.examples;

import io.github.mfaoverride.adapters.jdbc.JdbcUserDirectory;
import io.github.mfaoverride.domain.Organization;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The host's side of the demo: seeds users and draws the Users grid and User Details screens from the same
 * directory the library reads and writes.
 */
final class DemoDirectory {

    private static final String USERS_BY_NAME = "SELECT id FROM mfa_override_user ORDER BY username";

    private final JdbcUserDirectory directory;
    private final DataSource database;

    DemoDirectory(JdbcUserDirectory directory, DataSource database) {
        this.directory = directory;
        this.database = database;
    }

    void save(Organization organization) {
        directory.save(organization);
    }

    void save(User user) {
        directory.save(user);
    }

    PhoneNumber phoneOf(UserId id) {
        return directory.findUser(id).flatMap(user -> user.mfa().phone()).orElseThrow();
    }

    void printUsersGrid(PrintStream out) {
        out.println();
        out.println("== Users grid ==  (Manage > Users)");
        out.printf("  %-10s %-12s %-18s%n", "Username", "Status", "MFA phone");
        for (User user : listUsers()) {
            out.printf("  %-10s %-12s %-18s%n", user.username(), user.status(),
                    user.mfa().phone().map(PhoneNumber::masked).orElse("-"));
        }
    }

    void printUserDetails(PrintStream out, UserId id) {
        User user = directory.findUser(id).orElseThrow();
        String organization = directory.findOrganization(user.organization()).map(Organization::name).orElse("?");
        out.println("  Username: " + user.username() + " | Status: " + user.status() + " | Organization: "
                + organization);
        out.println("  MFA: " + (user.mfa().enabled() ? "enabled" : "disabled") + " | Phone: "
                + user.mfa().phone().map(PhoneNumber::masked).orElse("-") + " | verified "
                + user.mfa().phoneVerifiedAt().map(Object::toString).orElse("never"));
    }

    /** The host's own query behind its grid; the library has no listing port, as it never needs one. */
    private List<User> listUsers() {
        List<User> users = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(USERS_BY_NAME);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                directory.findUser(UserId.of(rows.getString(1))).ifPresent(users::add);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the demo database failed", e);
        }
        return users;
    }
}
