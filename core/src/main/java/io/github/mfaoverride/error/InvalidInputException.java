package io.github.mfaoverride.error;

import static java.util.Objects.requireNonNull;

/**
 * An argument was null, blank, too long or malformed. Nothing was read or changed.
 */
public final class InvalidInputException extends MfaOverrideException {

    /** What was wrong with the value. */
    public enum Violation {
        /** The value was null. */
        MISSING,
        /** The value was empty or only whitespace. */
        BLANK,
        /** The value was longer than allowed. */
        TOO_LONG,
        /** The value did not have the expected shape (characters, digits, length, range). */
        MALFORMED
    }

    private final String field;
    private final Violation violation;

    /**
     * Creates the exception.
     *
     * @param field the name of the offending argument, as a caller wrote it, not null
     * @param violation what was wrong, not null
     * @param detail a description safe to log (never the value itself when it may be sensitive), not null
     */
    public InvalidInputException(String field, Violation violation, String detail) {
        super(ErrorCode.INVALID_INPUT, field + ": " + detail);
        this.field = requireNonNull(field, "field cannot be null");
        this.violation = requireNonNull(violation, "violation cannot be null");
    }

    /**
     * Returns the name of the offending argument.
     *
     * @return the field name, never null
     */
    public String field() {
        return field;
    }

    /**
     * Returns what was wrong with it.
     *
     * @return the violation, never null
     */
    public Violation violation() {
        return violation;
    }
}
