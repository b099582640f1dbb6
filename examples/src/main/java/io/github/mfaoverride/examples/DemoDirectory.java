package io.github.mfaoverride.examples;

import io.github.mfaoverride.adapters.inmemory.InMemoryUserDirectory;
import io.github.mfaoverride.domain.Organization;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import java.io.PrintStream;

/**
 * The host's side of the demo: seeds users and draws the Users grid and User Details screens from the same
 * directory the library reads and writes.
 */
final class DemoDirectory {

    private final InMemoryUserDirectory directory;

    DemoDirectory(InMemoryUserDirectory directory) {
        this.directory = directory;
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
        for (User user : directory.listUsers()) {
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
}
