package io.github.mfaoverride.adapters.sms;

import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.port.CodeMessage;
import io.github.mfaoverride.port.CodePurpose;
import java.time.Duration;
import java.util.Locale;

/**
 * Code messages for tests.
 */
public final class TestMessages {

    /** A valid United States number. */
    public static final String US_NUMBER = "+12015550123";
    /** The code the fixtures carry. */
    public static final String CODE = "482913";

    private TestMessages() {
    }

    /**
     * Returns an English SMS for a phone change, valid five minutes.
     *
     * @return the message
     */
    public static CodeMessage sms() {
        return message(DeliveryMethod.SMS, Locale.ENGLISH, CodePurpose.PHONE_CHANGE);
    }

    /**
     * Returns an English voice message for a phone change, valid five minutes.
     *
     * @return the message
     */
    public static CodeMessage voice() {
        return message(DeliveryMethod.VOICE, Locale.ENGLISH, CodePurpose.PHONE_CHANGE);
    }

    /**
     * Returns a message to the US number, valid five minutes.
     *
     * @param method SMS or voice
     * @param locale the recipient's locale
     * @param purpose why the code is sent
     * @return the message
     */
    public static CodeMessage message(DeliveryMethod method, Locale locale, CodePurpose purpose) {
        return new CodeMessage(PhoneNumber.ofE164(US_NUMBER), method, locale, CODE, Duration.ofMinutes(5), purpose,
                "req-1");
    }
}
