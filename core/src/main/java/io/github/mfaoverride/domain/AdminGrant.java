package io.github.mfaoverride.domain;

import static java.util.Objects.requireNonNull;

/**
 * A role held in a given organization: "Merchant Admin of merchant m-42".
 *
 * @param role the role, not null
 * @param organization the organization the role was granted in, not null
 */
public record AdminGrant(AdminRole role, OrganizationId organization) {

    /** Checks that no component is null. */
    public AdminGrant {
        requireNonNull(role, "role cannot be null");
        requireNonNull(organization, "organization cannot be null");
    }
}
