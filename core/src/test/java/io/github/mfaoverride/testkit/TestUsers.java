package io.github.mfaoverride.testkit;

import io.github.mfaoverride.domain.AdminGrant;
import io.github.mfaoverride.domain.AdminRole;
import io.github.mfaoverride.domain.MfaEnrollment;
import io.github.mfaoverride.domain.OrganizationId;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.domain.UserStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A fixture builder for users, with sensible defaults: Active, English, MFA off, no roles, version 0.
 *
 * <p>Numbers used in fixtures are from ranges reserved for fiction (+1 201-555-01xx).
 */
public final class TestUsers {

    private String id;
    private String username;
    private OrganizationId organization = OrganizationId.of("org-default");
    private UserStatus status = UserStatus.ACTIVE;
    private Locale locale = Locale.ENGLISH;
    private final List<String> notificationAddresses = new ArrayList<>();
    private MfaEnrollment mfa = MfaEnrollment.none();
    private final Set<AdminGrant> grants = new HashSet<>();
    private long version;

    private TestUsers(String id) {
        this.id = id;
        this.username = id;
    }

    /**
     * Starts a user with the given id, also used as username.
     *
     * @param id the id
     * @return the builder
     */
    public static TestUsers user(String id) {
        return new TestUsers(id);
    }

    /**
     * Parses an E.164 fixture number.
     *
     * @param e164 for example {@code "+12015550100"}
     * @return the number
     */
    public static PhoneNumber phone(String e164) {
        return PhoneNumber.ofE164(e164);
    }

    /**
     * Sets the username.
     *
     * @param value the username
     * @return this builder
     */
    public TestUsers username(String value) {
        this.username = value;
        return this;
    }

    /**
     * Sets the organization.
     *
     * @param value the organization id
     * @return this builder
     */
    public TestUsers in(String value) {
        this.organization = OrganizationId.of(value);
        return this;
    }

    /**
     * Sets the status.
     *
     * @param value the status
     * @return this builder
     */
    public TestUsers status(UserStatus value) {
        this.status = value;
        return this;
    }

    /**
     * Sets the locale.
     *
     * @param value the locale
     * @return this builder
     */
    public TestUsers locale(Locale value) {
        this.locale = value;
        return this;
    }

    /**
     * Adds a notification address.
     *
     * @param address an email address
     * @return this builder
     */
    public TestUsers notifiedAt(String address) {
        this.notificationAddresses.add(address);
        return this;
    }

    /**
     * Enrolls MFA on a verified number.
     *
     * @param e164 the number in E.164 form
     * @return this builder
     */
    public TestUsers mfaOn(String e164) {
        this.mfa = MfaEnrollment.verified(phone(e164), Instant.parse("2025-06-01T12:00:00Z"));
        return this;
    }

    /**
     * Records a number but leaves MFA off.
     *
     * @param e164 the number in E.164 form
     * @return this builder
     */
    public TestUsers phoneWithoutMfa(String e164) {
        this.mfa = new MfaEnrollment(false, Optional.of(phone(e164)), Optional.empty());
        return this;
    }

    /**
     * Grants a role in an organization.
     *
     * @param role the role
     * @param organizationId the organization it was granted in
     * @return this builder
     */
    public TestUsers grant(AdminRole role, String organizationId) {
        this.grants.add(new AdminGrant(role, OrganizationId.of(organizationId)));
        return this;
    }

    /**
     * Sets the stored version.
     *
     * @param value the version
     * @return this builder
     */
    public TestUsers version(long value) {
        this.version = value;
        return this;
    }

    /**
     * Builds the user.
     *
     * @return the user
     */
    public User build() {
        return new User(UserId.of(id), username, organization, status, locale, notificationAddresses, mfa, grants,
                version);
    }
}
