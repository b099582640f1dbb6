package io.github.mfaoverride.error;

/**
 * A record changed since it was read (its version moved on, or another open request took the slot).
 *
 * <p>The write that raised it was not applied and nothing else in the same use case was either. Reading
 * again and retrying the use case is safe.
 */
public final class ConcurrentUpdateException extends MfaOverrideException {

    /**
     * Creates the exception.
     *
     * @param message which record conflicted, safe to log, not null
     */
    public ConcurrentUpdateException(String message) {
        super(ErrorCode.CONCURRENT_UPDATE, message);
    }
}
