package io.github.mfaoverride.notice;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One rendered notice. Holds no code and no full new number; {@link #toString()} masks the recipient.
 *
 * <p>Immutable and thread-safe.
 *
 * @param recipient where it goes, not null
 * @param locale the language it is written in, not null
 * @param subject the subject line (used by email), not null
 * @param body the text, not null
 * @param reference a correlation id (the request id), never secret, not null
 */
public record ChangeNotice(NoticeRecipient recipient, Locale locale, String subject, String body, String reference) {

    /** Checks that no component is null. */
    public ChangeNotice {
        requireNonNull(recipient, "recipient cannot be null");
        requireNonNull(locale, "locale cannot be null");
        requireNonNull(subject, "subject cannot be null");
        requireNonNull(body, "body cannot be null");
        requireNonNull(reference, "reference cannot be null");
    }

    @Override
    public String toString() {
        return "ChangeNotice[" + recipient.channel() + " to " + recipient.masked() + ", locale " + locale
                + ", reference " + reference + "]";
    }
}
