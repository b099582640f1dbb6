package io.github.mfaoverride.domain;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An organization users belong to.
 *
 * @param id the organization's id, not null
 * @param name a display name, not null
 * @param type what kind of organization it is, not null
 * @param parent the organization it sits under, if any, not null (use {@link Optional#empty()})
 */
public record Organization(OrganizationId id, String name, OrganizationType type, Optional<OrganizationId> parent) {

    /** Checks that no component is null. */
    public Organization {
        requireNonNull(id, "id cannot be null");
        requireNonNull(name, "name cannot be null");
        requireNonNull(type, "type cannot be null");
        requireNonNull(parent, "parent cannot be null");
    }

    /**
     * Creates a top-level organization.
     *
     * @param id the id, not null
     * @param name the display name, not null
     * @param type the kind, not null
     * @return the organization, never null
     */
    public static Organization topLevel(OrganizationId id, String name, OrganizationType type) {
        return new Organization(id, name, type, Optional.empty());
    }

    /**
     * Creates an organization under a parent.
     *
     * @param id the id, not null
     * @param name the display name, not null
     * @param type the kind, not null
     * @param parent the parent's id, not null
     * @return the organization, never null
     */
    public static Organization under(OrganizationId parent, OrganizationId id, String name, OrganizationType type) {
        return new Organization(id, name, type, Optional.of(parent));
    }
}
