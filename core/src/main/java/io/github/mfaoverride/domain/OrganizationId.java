package io.github.mfaoverride.domain;

import io.github.mfaoverride.internal.Inputs;

/**
 * Identifies an organization.
 *
 * @param value the id as the host stores it: not blank, at most 128 characters, no control characters
 */
public record OrganizationId(String value) {

    /** Validates the id; throws {@link io.github.mfaoverride.error.InvalidInputException} when malformed. */
    public OrganizationId {
        Inputs.text("organizationId", value, 128);
    }

    /**
     * Creates an id.
     *
     * @param value the id, see the record's contract
     * @return the id, never null
     */
    public static OrganizationId of(String value) {
        return new OrganizationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
