package io.github.mfaoverride.notice;

import static java.util.Objects.requireNonNull;

import java.text.MessageFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Renders notices from the localized templates shipped in {@code io/github/mfaoverride/notice/notices*.properties}:
 * English (the fallback), Spanish and French, chosen by the user's locale. Times are shown in UTC in the locale's
 * medium format. Thread-safe.
 */
public final class NoticeTemplates {

    private static final String BUNDLE = "io.github.mfaoverride.notice.notices";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String disputeContact;

    /**
     * Creates the templates.
     *
     * @param disputeContact who to contact to dispute a change (a phone number, address or URL), not blank
     */
    public NoticeTemplates(String disputeContact) {
        requireNonNull(disputeContact, "disputeContact cannot be null");
        if (disputeContact.isBlank()) {
            throw new IllegalArgumentException("disputeContact cannot be blank");
        }
        this.disputeContact = disputeContact;
    }

    /**
     * Renders the email notice.
     *
     * @param facts what to tell, not null
     * @param locale the user's language, not null
     * @param recipient where it goes, not null
     * @return the notice, never null
     */
    public ChangeNotice email(NoticeFacts facts, Locale locale, NoticeRecipient recipient) {
        return render(facts, locale, recipient, ".body");
    }

    /**
     * Renders the short text message to the old number.
     *
     * @param facts what to tell, not null
     * @param locale the user's language, not null
     * @param recipient where it goes, not null
     * @return the notice, never null
     */
    public ChangeNotice text(NoticeFacts facts, Locale locale, NoticeRecipient recipient) {
        return render(facts, locale, recipient, ".sms");
    }

    private ChangeNotice render(NoticeFacts facts, Locale locale, NoticeRecipient recipient, String part) {
        requireNonNull(facts, "facts cannot be null");
        requireNonNull(locale, "locale cannot be null");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE);
        Locale language = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language)
                .withZone(ZoneOffset.UTC).format(facts.at()) + " UTC";
        Object[] arguments = {when, facts.organizationName(), facts.maskedNewPhone(), disputeContact};
        String subject = new MessageFormat(bundle.getString(facts.kind().key() + ".subject"), language)
                .format(arguments);
        String body = new MessageFormat(bundle.getString(facts.kind().key() + part), language).format(arguments);
        return new ChangeNotice(recipient, language, subject, body, facts.reference());
    }
}
