package io.github.mfaoverride.adapters.sms.template;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;

/**
 * The GSM 03.38 default alphabet and its extension table: which characters it holds and how they encode.
 *
 * <p>Stateless and thread-safe.
 */
public final class Gsm7 {

    /** The escape septet that announces a character of the extension table. */
    public static final int ESCAPE = 0x1B;

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ"
            + " !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION_CHARS = "\f^{}\\[~]|€";
    private static final int[] EXTENSION_CODES = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};

    private Gsm7() {
    }

    /**
     * Tells whether every character of the text is in the GSM-7 alphabet or its extension table.
     *
     * @param text the text, not null
     * @return true when the text can be sent with data coding 0
     */
    public static boolean canEncode(String text) {
        requireNonNull(text, "text cannot be null");
        return text.chars().allMatch(c -> septetsOf((char) c) > 0);
    }

    /**
     * Returns how many septets a character takes: 1 in the basic table, 2 in the extension table, 0 if absent.
     *
     * @param c the character
     * @return 0, 1 or 2
     */
    public static int septetsOf(char c) {
        if (c != ESCAPE && BASIC.indexOf(c) >= 0) {
            return 1;
        }
        return EXTENSION_CHARS.indexOf(c) >= 0 ? 2 : 0;
    }

    /**
     * Encodes a text as unpacked septets, one per byte, as SMPP carries GSM-7 in {@code short_message}.
     *
     * @param text the text, GSM-7 encodable, not null
     * @return the septets, never null
     * @throws IllegalArgumentException when a character is not in the alphabet
     */
    public static byte[] encodeUnpacked(String text) {
        requireNonNull(text, "text cannot be null");
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (char c : text.toCharArray()) {
            int basic = c == ESCAPE ? -1 : BASIC.indexOf(c);
            int extension = EXTENSION_CHARS.indexOf(c);
            if (basic >= 0) {
                out.write(basic);
            } else if (extension >= 0) {
                out.write(ESCAPE);
                out.write(EXTENSION_CODES[extension]);
            } else {
                throw new IllegalArgumentException("character U+" + Integer.toHexString(c) + " is not in GSM-7");
            }
        }
        return out.toByteArray();
    }
}
