package io.github.mfaoverride.domain;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A user of the host's directory, as the library sees it.
 *
 * <p>Immutable. {@code version} is the optimistic-concurrency stamp of the stored record: the user storage
 * refuses a change made against an older one.
 *
 * @param id the user's id, not null
 * @param username the name shown in the Users grid, not null
 * @param organization the organization the user belongs to, not null
 * @param status the lifecycle status, not null
 * @param locale the language messages to this user use, not null
 * @param notificationAddresses addresses (email) for notices, possibly empty, not null
 * @param mfa the MFA state, not null
 * @param grants the admin roles the user holds, possibly empty, not null
 * @param version the stored record's version, zero or more
 */
public record User(
        UserId id,
        String username,
        OrganizationId organization,
        UserStatus status,
        Locale locale,
        List<String> notificationAddresses,
        MfaEnrollment mfa,
        Set<AdminGrant> grants,
        long version) {

    /** Checks that no component is null and copies the collections. */
    public User {
        requireNonNull(id, "id cannot be null");
        requireNonNull(username, "username cannot be null");
        requireNonNull(organization, "organization cannot be null");
        requireNonNull(status, "status cannot be null");
        requireNonNull(locale, "locale cannot be null");
        notificationAddresses = List.copyOf(notificationAddresses);
        requireNonNull(mfa, "mfa cannot be null");
        grants = Set.copyOf(grants);
        if (version < 0) {
            throw new IllegalArgumentException("version must be zero or more, but was " + version);
        }
    }

    /**
     * Tells whether the user holds any admin role.
     *
     * @return true when {@link #grants()} is not empty
     */
    public boolean isAdmin() {
        return !grants.isEmpty();
    }

    /**
     * Returns this user with another MFA state, at the same version.
     *
     * @param enrollment the new state, not null
     * @return the changed user, never null
     */
    public User withMfa(MfaEnrollment enrollment) {
        return new User(id, username, organization, status, locale, notificationAddresses, enrollment, grants,
                version);
    }

    /**
     * Returns this user with another status, at the same version.
     *
     * @param newStatus the status, not null
     * @return the changed user, never null
     */
    public User withStatus(UserStatus newStatus) {
        return new User(id, username, organization, newStatus, locale, notificationAddresses, mfa, grants, version);
    }

    /**
     * Returns this user at another version, as storage does after a write.
     *
     * @param newVersion the version, zero or more
     * @return the changed user, never null
     */
    public User withVersion(long newVersion) {
        return new User(id, username, organization, status, locale, notificationAddresses, mfa, grants, newVersion);
    }
}
