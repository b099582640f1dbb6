package io.github.mfaoverride.adapters.sms.template;

import static java.util.Objects.requireNonNull;

/**
 * Counts the SMS segments a text takes, the way handsets and providers split it.
 *
 * <p>A text of GSM-7 characters fits 160 septets in one segment and 153 per part when split (an extension character
 * takes two septets and is never split across parts); a single other character turns the whole text into UCS-2,
 * which fits 70 UTF-16 units in one segment and 67 per part (a surrogate pair is never split). Stateless and
 * thread-safe.
 */
public final class SmsSegments {

    /** Septets in a single GSM-7 segment. */
    public static final int GSM7_SINGLE = 160;
    /** Septets in each part of a split GSM-7 message. */
    public static final int GSM7_PART = 153;
    /** UTF-16 units in a single UCS-2 segment. */
    public static final int UCS2_SINGLE = 70;
    /** UTF-16 units in each part of a split UCS-2 message. */
    public static final int UCS2_PART = 67;

    private SmsSegments() {
    }

    /**
     * The text encoding an SMS needs.
     */
    public enum Encoding {
        /** The GSM 03.38 default alphabet, data coding 0. */
        GSM7,
        /** UTF-16 big-endian, data coding 8. */
        UCS2
    }

    /**
     * How a text is carried.
     *
     * @param encoding the encoding the text needs, not null
     * @param units septets for GSM-7, UTF-16 units for UCS-2
     * @param segments how many segments the text takes, at least 1
     */
    public record Segmentation(Encoding encoding, int units, int segments) {
    }

    /**
     * Counts the segments of a text.
     *
     * @param text the text, not null
     * @return the encoding, length and segment count, never null
     */
    public static Segmentation of(String text) {
        requireNonNull(text, "text cannot be null");
        if (Gsm7.canEncode(text)) {
            int[] sizes = text.chars().map(c -> Gsm7.septetsOf((char) c)).toArray();
            return new Segmentation(Encoding.GSM7, sum(sizes), count(sizes, GSM7_SINGLE, GSM7_PART));
        }
        int[] sizes = text.codePoints().map(Character::charCount).toArray();
        return new Segmentation(Encoding.UCS2, sum(sizes), count(sizes, UCS2_SINGLE, UCS2_PART));
    }

    private static int count(int[] sizes, int single, int part) {
        if (sum(sizes) <= single) {
            return 1;
        }
        int segments = 1;
        int used = 0;
        for (int size : sizes) {
            if (used + size > part) {
                segments++;
                used = 0;
            }
            used += size;
        }
        return segments;
    }

    private static int sum(int[] sizes) {
        int total = 0;
        for (int size : sizes) {
            total += size;
        }
        return total;
    }
}
