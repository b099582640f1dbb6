package io.github.mfaoverride.notice;

/**
 * Port that delivers a rendered change notice by email or text message.
 *
 * <p>An implementation reports a provider's answer as a value; an exception it throws counts as a failed attempt.
 * It must never log the recipient in full. Implementations must be thread-safe.
 */
public interface ChangeNotices {

    /**
     * Delivers one notice.
     *
     * @param notice what to send to whom, not null
     * @return sent or failed, never null
     */
    NoticeDelivery deliver(ChangeNotice notice);
}
