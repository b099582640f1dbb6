package io.github.mfaoverride.error;

import static java.util.Objects.requireNonNull;

/**
 * Root of every exception the library throws; {@link #code()} says which kind it is.
 *
 * <p>Exceptions are for bad input, wiring faults and infrastructure failures. Business refusals (an ineligible
 * target, a wrong code) are values, see {@code io.github.mfaoverride.outcome}. Messages never contain a code,
 * a full phone number or a secret.
 */
public class MfaOverrideException extends RuntimeException {

    private final ErrorCode code;

    /**
     * Creates an exception of the given kind.
     *
     * @param code the machine-readable kind, not null
     * @param message a description safe to log, not null
     */
    public MfaOverrideException(ErrorCode code, String message) {
        this(code, message, null);
    }

    /**
     * Creates an exception of the given kind with its cause.
     *
     * @param code the machine-readable kind, not null
     * @param message a description safe to log, not null
     * @param cause the underlying failure, may be null
     */
    public MfaOverrideException(ErrorCode code, String message, Throwable cause) {
        super(requireNonNull(message, "message cannot be null"), cause);
        this.code = requireNonNull(code, "code cannot be null");
    }

    /**
     * Returns the machine-readable kind of this error.
     *
     * @return the code, never null
     */
    public ErrorCode code() {
        return code;
    }
}
