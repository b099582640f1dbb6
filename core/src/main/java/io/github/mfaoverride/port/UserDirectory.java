package io.github.mfaoverride.port;

import io.github.mfaoverride.domain.MfaEnrollment;
import io.github.mfaoverride.domain.Organization;
import io.github.mfaoverride.domain.OrganizationId;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import java.util.Optional;

/**
 * Port to where the host keeps its users and organizations.
 *
 * <p>Implementations must be thread-safe. Status values the store does not know must map to
 * {@link io.github.mfaoverride.domain.UserStatus#UNKNOWN}, never to an eligible status. Failures that may pass
 * surface as {@link io.github.mfaoverride.error.TransientFailureException}. The contract test kit
 * {@code UserDirectoryContract} shows the expected behaviour.
 */
public interface UserDirectory {

    /**
     * Finds a user by id.
     *
     * @param id the id, not null
     * @return the user at its current version, or empty when there is none
     */
    Optional<User> findUser(UserId id);

    /**
     * Finds an organization by id.
     *
     * @param id the id, not null
     * @return the organization, or empty when there is none
     */
    Optional<Organization> findOrganization(OrganizationId id);

    /**
     * Replaces a user's MFA state (phone number, enabled flag, verification time) if the stored record is still
     * at the expected version, and moves the version on by one. Nothing is returned: the caller knows what it
     * read and what it wrote, so an adapter need not read the user back.
     *
     * @param id the user, not null
     * @param expectedVersion the version the caller read
     * @param enrollment the new MFA state, not null
     * @throws io.github.mfaoverride.error.ConcurrentUpdateException when the stored version differs
     * @throws io.github.mfaoverride.error.UnknownEntityException when there is no such user
     */
    void replaceMfa(UserId id, long expectedVersion, MfaEnrollment enrollment);
}
