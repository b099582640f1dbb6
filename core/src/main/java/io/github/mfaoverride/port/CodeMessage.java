package io.github.mfaoverride.port;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.PhoneNumber;
import java.time.Duration;
import java.util.Locale;

/**
 * One code to deliver. {@link #toString()} leaves out the code and masks the number, so it is safe to log.
 *
 * @param destination the number to reach, not null
 * @param method SMS or voice, not null
 * @param locale the language of the recipient, not null
 * @param code the digits to deliver, not null
 * @param validFor how long the code is accepted, positive
 * @param purpose why the code is sent, not null
 * @param reference a correlation id (the request id), never secret, not null
 */
public record CodeMessage(
        PhoneNumber destination,
        DeliveryMethod method,
        Locale locale,
        String code,
        Duration validFor,
        CodePurpose purpose,
        String reference) {

    /** Checks that no component is null. */
    public CodeMessage {
        requireNonNull(destination, "destination cannot be null");
        requireNonNull(method, "method cannot be null");
        requireNonNull(locale, "locale cannot be null");
        requireNonNull(code, "code cannot be null");
        requireNonNull(validFor, "validFor cannot be null");
        requireNonNull(purpose, "purpose cannot be null");
        requireNonNull(reference, "reference cannot be null");
    }

    @Override
    public String toString() {
        return "CodeMessage[" + method + " to " + destination.masked() + ", " + purpose + ", locale " + locale
                + ", valid " + validFor + ", reference " + reference + "]";
    }
}
