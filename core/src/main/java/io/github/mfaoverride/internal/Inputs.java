package io.github.mfaoverride.internal;

import io.github.mfaoverride.error.InvalidInputException;
import io.github.mfaoverride.error.InvalidInputException.Violation;

/**
 * Argument guards that turn bad input into {@link InvalidInputException}, the same with or without a Jakarta
 * Validation provider on the class path. Not API.
 */
public final class Inputs {

    private Inputs() {
    }

    /**
     * Requires a value to be present.
     *
     * @param field the argument's name
     * @param value the value
     * @param <T> its type
     * @return the value
     */
    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, Violation.MISSING, "cannot be null");
        }
        return value;
    }

    /**
     * Requires text that is present, not blank, at most {@code maxLength} long and free of control characters.
     *
     * @param field the argument's name
     * @param value the value
     * @param maxLength the longest accepted length
     * @return the value, unchanged
     */
    public static String text(String field, String value, int maxLength) {
        present(field, value);
        if (value.isBlank()) {
            throw new InvalidInputException(field, Violation.BLANK, "cannot be blank");
        }
        if (value.length() > maxLength) {
            throw new InvalidInputException(field, Violation.TOO_LONG,
                    "must be at most " + maxLength + " characters, but was " + value.length());
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, Violation.MALFORMED, "cannot contain control characters");
        }
        return value;
    }

    /**
     * Requires an int within an inclusive range.
     *
     * @param field the argument's name
     * @param value the value
     * @param min the smallest accepted value
     * @param max the largest accepted value
     * @return the value
     */
    public static int inRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, Violation.MALFORMED,
                    "must be " + min + ".." + max + ", but was " + value);
        }
        return value;
    }
}
