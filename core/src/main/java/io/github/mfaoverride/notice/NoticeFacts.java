package io.github.mfaoverride.notice;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * What a notice tells: what changed, when, by an admin of which organization, and the new number, masked.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what changed, not null
 * @param at when, not null
 * @param organizationName the name of the acting admin's organization, not null
 * @param maskedNewPhone the new number with all but its last digits hidden, not null
 * @param reference the request id, not null
 */
public record NoticeFacts(NoticeKind kind, Instant at, String organizationName, String maskedNewPhone,
        String reference) {

    /** Checks that no component is null. */
    public NoticeFacts {
        requireNonNull(kind, "kind cannot be null");
        requireNonNull(at, "at cannot be null");
        requireNonNull(organizationName, "organizationName cannot be null");
        requireNonNull(maskedNewPhone, "maskedNewPhone cannot be null");
        requireNonNull(reference, "reference cannot be null");
    }
}
