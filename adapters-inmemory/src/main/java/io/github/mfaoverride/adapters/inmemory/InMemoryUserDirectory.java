package io.github.mfaoverride.adapters.inmemory;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.MfaEnrollment;
import io.github.mfaoverride.domain.Organization;
import io.github.mfaoverride.domain.OrganizationId;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.error.ConcurrentUpdateException;
import io.github.mfaoverride.error.UnknownEntityException;
import io.github.mfaoverride.port.UserDirectory;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Users and organizations held in memory, for tests, demos and single-node hosts.
 *
 * <p>{@link #save(User)} and {@link #save(Organization)} seed or change records outside the workflow, as a
 * host's own admin screens would; {@link #replaceMfa} is the workflow's optimistic write. {@link #failNextWrite}
 * lets a test make the next write fail, to show that nothing half-written remains. Thread-safe.
 */
public final class InMemoryUserDirectory implements UserDirectory {

    private final InMemoryTransactions transactions;
    private final Map<UserId, User> users = new HashMap<>();
    private final Map<OrganizationId, Organization> organizations = new HashMap<>();
    private final AtomicReference<RuntimeException> nextWriteFailure = new AtomicReference<>();

    /**
     * Creates an empty directory.
     *
     * @param transactions the transactions shared with the other in-memory stores, not null
     */
    public InMemoryUserDirectory(InMemoryTransactions transactions) {
        this.transactions = requireNonNull(transactions, "transactions cannot be null");
    }

    /**
     * Adds or replaces an organization.
     *
     * @param organization the organization, not null
     * @return this directory
     */
    public InMemoryUserDirectory save(Organization organization) {
        requireNonNull(organization, "organization cannot be null");
        transactions.locked(() -> organizations.put(organization.id(), organization));
        return this;
    }

    /**
     * Adds or replaces a user as given, version included, as a host's own admin screen would.
     *
     * @param user the user, not null
     * @return this directory
     */
    public InMemoryUserDirectory save(User user) {
        requireNonNull(user, "user cannot be null");
        transactions.locked(() -> users.put(user.id(), user));
        return this;
    }

    /**
     * Lists every user by username, as the Users grid shows them.
     *
     * @return a snapshot, never null
     */
    public List<User> listUsers() {
        return transactions.locked(() -> users.values().stream()
                .sorted(Comparator.comparing(User::username)).toList());
    }

    /**
     * Makes the next write fail with the given exception, once.
     *
     * @param failure what the write throws, not null
     */
    public void failNextWrite(RuntimeException failure) {
        nextWriteFailure.set(requireNonNull(failure, "failure cannot be null"));
    }

    @Override
    public Optional<User> findUser(UserId id) {
        requireNonNull(id, "id cannot be null");
        return transactions.locked(() -> Optional.ofNullable(users.get(id)));
    }

    @Override
    public Optional<Organization> findOrganization(OrganizationId id) {
        requireNonNull(id, "id cannot be null");
        return transactions.locked(() -> Optional.ofNullable(organizations.get(id)));
    }

    @Override
    public void replaceMfa(UserId id, long expectedVersion, MfaEnrollment enrollment) {
        requireNonNull(id, "id cannot be null");
        requireNonNull(enrollment, "enrollment cannot be null");
        transactions.locked(() -> {
            RuntimeException failure = nextWriteFailure.getAndSet(null);
            if (failure != null) {
                throw failure;
            }
            User current = users.get(id);
            if (current == null) {
                throw new UnknownEntityException("user", id.value());
            }
            if (current.version() != expectedVersion) {
                throw new ConcurrentUpdateException("user " + id + " is at version " + current.version()
                        + ", not " + expectedVersion);
            }
            User changed = current.withMfa(enrollment).withVersion(expectedVersion + 1);
            users.put(id, changed);
            transactions.onRollback(() -> users.put(id, current));
            return null;
        });
    }
}
