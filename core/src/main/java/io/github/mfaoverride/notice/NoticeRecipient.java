package io.github.mfaoverride.notice;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.PhoneNumber;

/**
 * Where a change notice goes: an email address or a phone number. {@code toString()} is masked.
 *
 * <p>Every variant is immutable and thread-safe.
 */
public sealed interface NoticeRecipient {

    /**
     * Returns the channel's name.
     *
     * @return {@code "email"} or {@code "phone"}, never null
     */
    String channel();

    /**
     * Returns the recipient with most of it hidden, safe to log and audit.
     *
     * @return for example {@code "j***@example.com"} or {@code "+1 ***-***-0100"}, never null
     */
    String masked();

    /**
     * A notification address on file.
     *
     * @param address the email address, not null
     */
    record Email(String address) implements NoticeRecipient {
        /** Checks that no component is null. */
        public Email {
            requireNonNull(address, "address cannot be null");
        }

        @Override
        public String channel() {
            return "email";
        }

        @Override
        public String masked() {
            int at = address.indexOf('@');
            return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
        }

        @Override
        public String toString() {
            return masked();
        }
    }

    /**
     * The number the change replaced.
     *
     * @param number the old number, not null
     */
    record Phone(PhoneNumber number) implements NoticeRecipient {
        /** Checks that no component is null. */
        public Phone {
            requireNonNull(number, "number cannot be null");
        }

        @Override
        public String channel() {
            return "phone";
        }

        @Override
        public String masked() {
            return number.masked();
        }

        @Override
        public String toString() {
            return masked();
        }
    }
}
