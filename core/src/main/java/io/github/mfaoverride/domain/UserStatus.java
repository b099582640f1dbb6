package io.github.mfaoverride.domain;

import java.util.Locale;

/**
 * The lifecycle status of a user in a directory.
 *
 * <p>Only {@link #ACTIVE} and {@link #SUSPENDED} users may have their phone number changed by an admin. Every
 * other status, including {@link #UNKNOWN} for values the library does not recognise, is refused: an unknown
 * status is never treated as eligible.
 */
public enum UserStatus {
    /** Can sign in. Eligible for a phone change. */
    ACTIVE(true),
    /** Temporarily barred from signing in, for example after an admin's action. Eligible for a phone change. */
    SUSPENDED(true),
    /** Switched off. Not eligible. */
    INACTIVE(false),
    /** Created but not yet activated. Not eligible. */
    PENDING_ACTIVATION(false),
    /** Locked out, for example after too many failed sign-ins. Not eligible. */
    LOCKED_OUT(false),
    /** Must change an expired password before anything else. Not eligible. */
    PASSWORD_EXPIRED(false),
    /** Removed from the directory. Not eligible. */
    DEPROVISIONED(false),
    /** A status the host's directory reported that the library does not know. Not eligible. */
    UNKNOWN(false);

    private final boolean phoneChangeAllowed;

    UserStatus(boolean phoneChangeAllowed) {
        this.phoneChangeAllowed = phoneChangeAllowed;
    }

    /**
     * Tells whether an admin may change the MFA phone number of a user in this status.
     *
     * @return true only for {@link #ACTIVE} and {@link #SUSPENDED}
     */
    public boolean allowsPhoneChange() {
        return phoneChangeAllowed;
    }

    /**
     * Maps a status name from a host's directory onto this enum, case-insensitively, ignoring surrounding
     * whitespace and treating spaces and hyphens as underscores.
     *
     * @param name the stored status, may be null
     * @return the matching status, or {@link #UNKNOWN} for null or anything unrecognised; never null
     */
    public static UserStatus fromName(String name) {
        if (name == null) {
            return UNKNOWN;
        }
        String normalized = name.trim().replace(' ', '_').replace('-', '_').toUpperCase(Locale.ROOT);
        for (UserStatus status : values()) {
            if (status.name().equals(normalized)) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
