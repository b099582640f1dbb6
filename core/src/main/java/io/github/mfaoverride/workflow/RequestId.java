package io.github.mfaoverride.workflow;

import io.github.mfaoverride.internal.Inputs;
import java.util.UUID;

/**
 * Identifies a phone-change request.
 *
 * @param value not blank, at most 64 characters, no control characters
 */
public record RequestId(String value) {

    /** Validates the id; throws {@link io.github.mfaoverride.error.InvalidInputException} when malformed. */
    public RequestId {
        Inputs.text("requestId", value, 64);
    }

    /**
     * Wraps an existing id.
     *
     * @param value the id, see the record's contract
     * @return the id, never null
     */
    public static RequestId of(String value) {
        return new RequestId(value);
    }

    /**
     * Creates a new random id that cannot be guessed.
     *
     * @return a fresh id, never null
     */
    public static RequestId random() {
        return new RequestId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
