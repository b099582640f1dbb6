package io.github.mfaoverride.notice;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * How one notice fared after every attempt.
 *
 * <p>Immutable and thread-safe.
 *
 * @param recipient where it was meant to go, not null
 * @param attempts how many deliveries were tried, one or more
 * @param messageId the channel's id when it was sent, otherwise empty
 * @param failure the last failure's detail when it was not sent, otherwise empty
 */
public record NoticeResult(NoticeRecipient recipient, int attempts, Optional<String> messageId,
        Optional<String> failure) {

    /** Checks that no component is null. */
    public NoticeResult {
        requireNonNull(recipient, "recipient cannot be null");
        requireNonNull(messageId, "messageId cannot be null");
        requireNonNull(failure, "failure cannot be null");
    }

    /**
     * Tells whether the notice went.
     *
     * @return true when a channel accepted it
     */
    public boolean sent() {
        return messageId.isPresent();
    }
}
