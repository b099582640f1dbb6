package io.github.mfaoverride.error;

/**
 * Machine-readable identity of every error the library throws.
 *
 * <p>Hosts map these to their own responses (an HTTP status, a UI message) without parsing text.
 */
public enum ErrorCode {
    /** An argument was null, blank, too long or malformed; {@link InvalidInputException#field()} names it. */
    INVALID_INPUT,
    /** A user, organization or request id does not exist. */
    UNKNOWN_ENTITY,
    /** A request was asked to move between two states the transition table does not connect. */
    ILLEGAL_TRANSITION,
    /** Someone else changed the record since it was read; reading again and retrying is safe. */
    CONCURRENT_UPDATE,
    /** A provider or the storage failed in a way that may pass; nothing was changed and a retry is safe. */
    TRANSIENT_FAILURE,
    /** The library was wired or configured wrongly, for example a missing port or a too short secret. */
    CONFIGURATION,
    /**
     * The storage failed in a way a retry will not mend (a schema not migrated, a wrong column mapping), or holds
     * a value the library cannot read. Nothing was changed.
     */
    STORAGE
}
