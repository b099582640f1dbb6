package io.github.mfaoverride.error;

/**
 * The storage or a provider failed in a way that may pass (a dropped connection, a timeout).
 *
 * <p>Adapters throw it for failures that left nothing half-written; the facade lets it through unchanged so the
 * host can retry the same call.
 */
public final class TransientFailureException extends MfaOverrideException {

    /**
     * Creates the exception.
     *
     * @param message what failed, safe to log, not null
     * @param cause the underlying failure, may be null
     */
    public TransientFailureException(String message, Throwable cause) {
        super(ErrorCode.TRANSIENT_FAILURE, message, cause);
    }
}
