package io.github.mfaoverride.domain;

import io.github.mfaoverride.internal.Inputs;

/**
 * Identifies a user.
 *
 * @param value the id as the host stores it: not blank, at most 128 characters, no control characters
 */
public record UserId(String value) {

    /** Validates the id; throws {@link io.github.mfaoverride.error.InvalidInputException} when malformed. */
    public UserId {
        Inputs.text("userId", value, 128);
    }

    /**
     * Creates an id.
     *
     * @param value the id, see the record's contract
     * @return the id, never null
     */
    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
