package io.github.mfaoverride.notice;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the notices of one completed change: an email to every notification address on file and a text message
 * to the old number, each tried up to {@code attempts} times.
 *
 * <p>It never throws for a delivery problem: a change that completed stays completed, and the results say which
 * notices did not go so the caller can audit and report them. Thread-safe when the port is.
 */
public final class ChangeNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeNotifier.class);

    private final ChangeNotices notices;
    private final NoticeTemplates templates;
    private final int attempts;

    /**
     * Creates the notifier.
     *
     * @param notices the delivery port, not null
     * @param templates the localized templates, not null
     * @param attempts how many times each notice is tried, 1 to 10
     */
    public ChangeNotifier(ChangeNotices notices, NoticeTemplates templates, int attempts) {
        this.notices = requireNonNull(notices, "notices cannot be null");
        this.templates = requireNonNull(templates, "templates cannot be null");
        if (attempts < 1 || attempts > 10) {
            throw new IllegalArgumentException("attempts must be 1..10, but was " + attempts);
        }
        this.attempts = attempts;
    }

    /**
     * Notifies the user of a completed change.
     *
     * @param facts what changed, not null
     * @param locale the user's language, not null
     * @param addresses the user's notification addresses, possibly empty, not null
     * @param oldPhone the number the change replaced, if there was one, not null
     * @return one result per notice, never null
     */
    public List<NoticeResult> notifyChange(NoticeFacts facts, Locale locale, List<String> addresses,
            Optional<PhoneNumber> oldPhone) {
        List<ChangeNotice> toSend = new ArrayList<>();
        for (String address : addresses) {
            toSend.add(templates.email(facts, locale, new NoticeRecipient.Email(address)));
        }
        oldPhone.ifPresent(old -> toSend.add(templates.text(facts, locale, new NoticeRecipient.Phone(old))));
        List<NoticeResult> results = new ArrayList<>();
        for (ChangeNotice notice : toSend) {
            results.add(deliver(notice));
        }
        return results;
    }

    private NoticeResult deliver(ChangeNotice notice) {
        String failure = "not attempted";
        for (int attempt = 1; attempt <= attempts; attempt++) {
            NoticeDelivery delivery;
            try {
                delivery = notices.deliver(notice);
            } catch (RuntimeException e) {
                delivery = new NoticeDelivery.Failed(e.getClass().getSimpleName());
            }
            if (delivery instanceof NoticeDelivery.Sent sent) {
                LOG.debug("{} sent (attempt {})", notice, attempt);
                return new NoticeResult(notice.recipient(), attempt, Optional.of(sent.messageId()), Optional.empty());
            }
            failure = ((NoticeDelivery.Failed) delivery).detail();
            LOG.warn("{} not delivered (attempt {} of {}): {}", notice, attempt, attempts, failure);
        }
        // Not yet: retries are immediate and in-process. A durable notice outbox retried on a schedule would
        // survive a restart and a longer outage; until then a failure is audited and published as NoticeFailed.
        return new NoticeResult(notice.recipient(), attempts, Optional.empty(), Optional.of(failure));
    }
}
