package io.github.mfaoverride.adapters.inmemory;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.notice.ChangeNotice;
import io.github.mfaoverride.notice.ChangeNotices;
import io.github.mfaoverride.notice.NoticeDelivery;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A change-notice channel that keeps every notice instead of sending it: the inbox and phone of tests and demos.
 *
 * <p>By default every notice is sent. {@link #scriptNext} queues the answers of the next deliveries, to play a
 * mail server or SMS provider that fails. Thread-safe.
 */
public final class InMemoryChangeNotices implements ChangeNotices {

    private final List<ChangeNotice> sent = new ArrayList<>();
    private final Deque<NoticeDelivery> scripted = new ArrayDeque<>();
    private final AtomicLong sequence = new AtomicLong();

    /**
     * Queues the answers of the next deliveries, in order; once used up, notices are sent again.
     *
     * @param answers the answers, not null
     * @return this channel
     */
    public synchronized InMemoryChangeNotices scriptNext(NoticeDelivery... answers) {
        for (NoticeDelivery answer : answers) {
            scripted.addLast(requireNonNull(answer, "answer cannot be null"));
        }
        return this;
    }

    @Override
    public synchronized NoticeDelivery deliver(ChangeNotice notice) {
        requireNonNull(notice, "notice cannot be null");
        NoticeDelivery answer = scripted.isEmpty()
                ? new NoticeDelivery.Sent("notice-" + sequence.incrementAndGet())
                : scripted.removeFirst();
        if (answer instanceof NoticeDelivery.Sent) {
            sent.add(notice);
        }
        return answer;
    }

    /**
     * Returns every notice sent, oldest first.
     *
     * @return a snapshot, never null
     */
    public synchronized List<ChangeNotice> sent() {
        return List.copyOf(sent);
    }
}
