package io.github.mfaoverride.notice;

import static java.util.Objects.requireNonNull;

/**
 * What a {@link ChangeNotices} made of one notice.
 *
 * <p>Every variant is immutable and thread-safe.
 */
public sealed interface NoticeDelivery {

    /**
     * The channel accepted the notice.
     *
     * @param messageId the channel's id for it, not null
     */
    record Sent(String messageId) implements NoticeDelivery {
        /** Checks that no component is null. */
        public Sent {
            requireNonNull(messageId, "messageId cannot be null");
        }
    }

    /**
     * The notice did not go.
     *
     * @param detail what went wrong, safe to log, not null
     */
    record Failed(String detail) implements NoticeDelivery {
        /** Checks that no component is null. */
        public Failed {
            requireNonNull(detail, "detail cannot be null");
        }
    }
}
