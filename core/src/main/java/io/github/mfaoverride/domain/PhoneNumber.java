package io.github.mfaoverride.domain;

import static java.util.Objects.requireNonNull;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A valid phone number, kept in E.164 form with its line type.
 *
 * <p>{@link #toString()} and {@link #masked()} show only the country code and the last four digits, so a number
 * can be logged or displayed without disclosing it. {@link #e164()} gives the full number, for delivery only.
 * Equality is by E.164 form. Instances are immutable and thread-safe.
 *
 * <p>Three ways in: {@link #parse} for what a person typed, {@link #ofE164} for a full number from anywhere else
 * (both validate against libphonenumber's metadata), and {@link #ofStored} for adapters re-reading a number the
 * library wrote earlier, which checks the E.164 form only and derives the region and the masked form on first
 * use. Validation is the costly part of reading a user, and such a number was validated when it was written.
 */
public final class PhoneNumber {

    /** The longest text {@link #parse} accepts; longer input is rejected before libphonenumber sees it. */
    public static final int MAX_INPUT_LENGTH = 64;

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int VISIBLE_DIGITS = 4;
    /** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
    private static final int MIN_E164_DIGITS = 3;
    private static final int MAX_E164_DIGITS = 15;
    private static final int MAX_COUNTRY_CODE_DIGITS = 3;
    /** libphonenumber's region for a number it cannot place. */
    private static final String UNKNOWN_REGION = "ZZ";
    private static final Set<Integer> CALLING_CODES = Set.copyOf(UTIL.getSupportedCallingCodes());

    private final String e164;
    private final PhoneLineType lineType;
    /**
     * What libphonenumber tells about the number, set at construction or on first use by {@link #derived()}.
     * Not volatile: {@link Derived} is immutable, so a thread that sees null merely derives it again.
     */
    private Derived derived;

    private PhoneNumber(Phonenumber.PhoneNumber parsed, PhoneLineType lineType) {
        this.e164 = UTIL.format(parsed, PhoneNumberFormat.E164);
        this.lineType = lineType;
        this.derived = Derived.of(parsed);
    }

    private PhoneNumber(String e164, PhoneLineType lineType, Derived derived) {
        this.e164 = e164;
        this.lineType = lineType;
        this.derived = derived;
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
            // A number is valid exactly when its own region's metadata gives it a type: isValidNumber would
            // match the same patterns a second time.
            PhoneNumberUtil.PhoneNumberType type = UTIL.getNumberType(parsed);
            if (type == PhoneNumberUtil.PhoneNumberType.UNKNOWN) {
                return Optional.empty();
            }
            return Optional.of(new PhoneNumber(parsed, lineTypeOf(type)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads a full number in E.164 form from anywhere: it is parsed and validated as typed input would be, and
     * a non-canonical form (a national prefix after the country code, say) comes back canonical. Adapters use
     * it for numbers a host wrote; {@link #ofStored} is for numbers the library wrote itself.
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
     * Rebuilds a number the library itself stored, from the {@link #e164()} it wrote and the line type stored
     * beside it. Only the form is checked (a plus, a known country calling code, at most 15 digits in all and at
     * least two after the country code): the number was validated when it was parsed, and re-validating it on
     * every read would cost more than the read. The region and the masked form are derived on first use. The text
     * is trusted to be canonical: a number in a non-canonical form would be kept as given and compare unequal to
     * its canonical self, so text a host or a person wrote must go through {@link #ofE164} instead.
     *
     * @param e164 the stored number, for example {@code "+12015550100"}, not null
     * @param lineType the stored line type, not null
     * @return the number, never null
     * @throws IllegalArgumentException when the text is not in E.164 form
     */
    public static PhoneNumber ofStored(String e164, PhoneLineType lineType) {
        requireNonNull(e164, "e164 cannot be null");
        requireNonNull(lineType, "lineType cannot be null");
        if (!isE164Form(e164)) {
            throw new IllegalArgumentException("e164 must be '+', a known country code and the national number,"
                    + " at most 15 digits in all");
        }
        return new PhoneNumber(e164, lineType, null);
    }

    /**
     * Returns the same number with a line type learned elsewhere, for example from a provider's lookup.
     *
     * @param refined the line type to record, not null
     * @return a number equal to this one, with the given line type
     */
    public PhoneNumber withLineType(PhoneLineType refined) {
        requireNonNull(refined, "refined cannot be null");
        return new PhoneNumber(e164, refined, derived);
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
        return derived().countryCode();
    }

    /**
     * Returns the ISO 3166 region the number belongs to.
     *
     * @return for example {@code "US"}; {@code "001"} for non-geographic numbers; {@code "ZZ"} for a number from
     *     {@link #ofStored} that no region claims; never null
     */
    public String region() {
        return derived().region();
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
        return derived().masked();
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
        return masked();
    }

    private Derived derived() {
        Derived known = derived;
        if (known == null) {
            try {
                known = Derived.of(UTIL.parse(e164, null));
            } catch (NumberParseException e) {
                throw new IllegalStateException("a stored number in E.164 form failed to parse", e);
            }
            derived = known;
        }
        return known;
    }

    private static boolean isE164Form(String text) {
        int digits = text.length() - 1;
        if (digits < MIN_E164_DIGITS || digits > MAX_E164_DIGITS || text.charAt(0) != '+' || text.charAt(1) == '0') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        // Calling codes are prefix-free, so the first known prefix is the country code.
        for (int length = 1; length <= MAX_COUNTRY_CODE_DIGITS; length++) {
            if (CALLING_CODES.contains(Integer.parseInt(text, 1, 1 + length, 10))) {
                return digits - length >= 2;
            }
        }
        return false;
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

    /** The country code, region and masked form libphonenumber derives from a parsed number. */
    private record Derived(int countryCode, String region, String masked) {

        static Derived of(Phonenumber.PhoneNumber parsed) {
            int countryCode = parsed.getCountryCode();
            String region = UTIL.getRegionCodeForNumber(parsed);
            return new Derived(countryCode, region == null ? UNKNOWN_REGION : region,
                    mask(UTIL.format(parsed, PhoneNumberFormat.INTERNATIONAL), String.valueOf(countryCode)));
        }
    }
}
