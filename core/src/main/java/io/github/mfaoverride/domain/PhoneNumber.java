package io.github.mfaoverride.domain;

import static java.util.Objects.requireNonNull;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;
import java.util.Optional;

/**
 * A valid phone number, kept in E.164 form with its line type.
 *
 * <p>{@link #toString()} and {@link #masked()} show only the country code and the last four digits, so a number
 * can be logged or displayed without disclosing it. {@link #e164()} gives the full number, for delivery only.
 * Equality is by E.164 form. Instances are immutable and thread-safe.
 */
public final class PhoneNumber {

    /** The longest text {@link #parse} accepts; longer input is rejected before libphonenumber sees it. */
    public static final int MAX_INPUT_LENGTH = 64;

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int VISIBLE_DIGITS = 4;

    private final String e164;
    private final int countryCode;
    private final String region;
    private final PhoneLineType lineType;
    private final String masked;

    private PhoneNumber(Phonenumber.PhoneNumber parsed, PhoneLineType lineType) {
        this.e164 = UTIL.format(parsed, PhoneNumberFormat.E164);
        this.countryCode = parsed.getCountryCode();
        this.region = UTIL.getRegionCodeForNumber(parsed);
        this.lineType = lineType;
        this.masked = mask(UTIL.format(parsed, PhoneNumberFormat.INTERNATIONAL), String.valueOf(countryCode));
    }

    /**
     * Parses what a person typed.
     *
     * @param input the number as typed, with or without a leading {@code +}, not null
     * @param regionHint an ISO 3166 region such as {@code "US"} used when the input has no country code;
     *     may be null when the input starts with {@code +}
     * @return the number, or empty when the input is not a valid, dialable number
     */
    public static Optional<PhoneNumber> parse(String input, String regionHint) {
        requireNonNull(input, "input cannot be null");
        if (input.isBlank() || input.length() > MAX_INPUT_LENGTH) {
            return Optional.empty();
        }
        try {
            String region = regionHint == null ? null : regionHint.toUpperCase(Locale.ROOT);
            Phonenumber.PhoneNumber parsed = UTIL.parse(input, region);
            if (!UTIL.isValidNumber(parsed)) {
                return Optional.empty();
            }
            return Optional.of(new PhoneNumber(parsed, lineTypeOf(UTIL.getNumberType(parsed))));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads a number stored in E.164 form, as adapters do.
     *
     * @param e164 the number, for example {@code "+12015550100"}, not null
     * @return the number, never null
     * @throws IllegalArgumentException when the text is not a valid E.164 number
     */
    public static PhoneNumber ofE164(String e164) {
        requireNonNull(e164, "e164 cannot be null");
        if (!e164.startsWith("+")) {
            throw new IllegalArgumentException("e164 must start with '+'");
        }
        return parse(e164, null).orElseThrow(() -> new IllegalArgumentException("e164 is not a valid number"));
    }

    /**
     * Returns the same number with a line type learned elsewhere, for example from a provider's lookup.
     *
     * @param refined the line type to record, not null
     * @return a number equal to this one, with the given line type
     */
    public PhoneNumber withLineType(PhoneLineType refined) {
        requireNonNull(refined, "refined cannot be null");
        try {
            return new PhoneNumber(UTIL.parse(e164, null), refined);
        } catch (NumberParseException e) {
            throw new IllegalStateException("an E.164 number failed to parse again", e);
        }
    }

    /**
     * Returns the full number in E.164 form. Hand it only to delivery; never log it.
     *
     * @return for example {@code "+12015550100"}, never null
     */
    public String e164() {
        return e164;
    }

    /**
     * Returns the country calling code.
     *
     * @return for example {@code 1}
     */
    public int countryCode() {
        return countryCode;
    }

    /**
     * Returns the ISO 3166 region the number belongs to.
     *
     * @return for example {@code "US"}; {@code "001"} for non-geographic numbers; never null
     */
    public String region() {
        return region;
    }

    /**
     * Returns the line type.
     *
     * @return the type, never null
     */
    public PhoneLineType lineType() {
        return lineType;
    }

    /**
     * Returns the number with all but the country code and the last four digits hidden.
     *
     * @return for example {@code "+1 ***-***-0100"}, never null
     */
    public String masked() {
        return masked;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber that && e164.equals(that.e164);
    }

    @Override
    public int hashCode() {
        return e164.hashCode();
    }

    /**
     * Returns the masked form, so that a number in a log line never discloses it.
     *
     * @return the same as {@link #masked()}
     */
    @Override
    public String toString() {
        return masked;
    }

    private static String mask(String international, String countryCode) {
        int nationalStart = international.indexOf(countryCode) + countryCode.length();
        int digitsAfterCountryCode = (int) international.substring(nationalStart).chars()
                .filter(Character::isDigit).count();
        int toHide = digitsAfterCountryCode - VISIBLE_DIGITS;
        StringBuilder out = new StringBuilder(international.substring(0, nationalStart));
        for (char c : international.substring(nationalStart).toCharArray()) {
            if (Character.isDigit(c) && toHide > 0) {
                out.append('*');
                toHide--;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static PhoneLineType lineTypeOf(PhoneNumberUtil.PhoneNumberType type) {
        return switch (type) {
            case MOBILE -> PhoneLineType.MOBILE;
            case FIXED_LINE -> PhoneLineType.FIXED_LINE;
            case FIXED_LINE_OR_MOBILE -> PhoneLineType.FIXED_LINE_OR_MOBILE;
            case VOIP -> PhoneLineType.VOIP;
            case TOLL_FREE -> PhoneLineType.TOLL_FREE;
            case PREMIUM_RATE -> PhoneLineType.PREMIUM_RATE;
            case SHARED_COST -> PhoneLineType.SHARED_COST;
            case PERSONAL_NUMBER -> PhoneLineType.PERSONAL_NUMBER;
            case PAGER -> PhoneLineType.PAGER;
            case UAN -> PhoneLineType.UAN;
            case VOICEMAIL -> PhoneLineType.VOICEMAIL;
            case UNKNOWN -> PhoneLineType.UNKNOWN;
        };
    }
}
