package io.github.mfaoverride.code;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.error.ErrorCode;
import io.github.mfaoverride.error.MfaOverrideException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes one-time codes and their keyed digests.
 *
 * <p>Codes are decimal digits made from random bytes of the given {@link SecureRandom}, drawn in one call per code
 * (a second only when skipped bytes leave too few): a byte of 250 or more is skipped, so that the remaining 250
 * values, taken modulo 10, make every digit uniform (NIST SP 800-63B: an approved random generator; OWASP ASVS
 * 6.5.3). One call, not one per digit, because the platform's default generator serializes its callers.
 *
 * <p>Only an HMAC-SHA-256 of a code is ever stored (ASVS 2.7.5), keyed by a secret of at least 32 bytes and
 * computed over the code together with what it is bound to (request, destination, method; ASVS 6.6.2), so a
 * code sent for one request or number never verifies for another. Digests are compared in constant time.
 *
 * <p>Thread-safe.
 */
public final class VerificationCodes {

    /** The shortest code length allowed: 6 digits is about 20 bits (ASVS 6.5.4). */
    public static final int MIN_LENGTH = 6;
    /** The longest code length allowed. */
    public static final int MAX_LENGTH = 10;
    /** The shortest secret accepted, in bytes. */
    public static final int MIN_SECRET_BYTES = 32;

    private static final String HMAC = "HmacSHA256";
    private static final char SEPARATOR = '\u001f';
    /** The number of byte values that map evenly onto ten digits; larger bytes are skipped. */
    private static final int UNBIASED_BYTES = 250;
    /** Bytes drawn beyond the code length, so that skipped bytes rarely need a second draw. */
    private static final int SPARE_BYTES = 4;

    private final SecureRandom random;
    private final SecretKeySpec key;
    /**
     * Initialized with the key and never used itself: each digest works on a clone, which is cheaper than looking
     * up and keying a new instance. Null when the provider's MAC cannot be cloned.
     */
    private final Mac prototype;
    private final int length;

    /**
     * Creates the generator.
     *
     * @param secret the HMAC key, at least {@value #MIN_SECRET_BYTES} bytes; copied, not null
     * @param length the number of digits, {@value #MIN_LENGTH} to {@value #MAX_LENGTH}
     * @param random the generator to draw digits from, not null
     */
    public VerificationCodes(byte[] secret, int length, SecureRandom random) {
        requireNonNull(secret, "secret cannot be null");
        if (secret.length < MIN_SECRET_BYTES) {
            throw new MfaOverrideException(ErrorCode.CONFIGURATION,
                    "secret must be at least " + MIN_SECRET_BYTES + " bytes, but was " + secret.length);
        }
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new MfaOverrideException(ErrorCode.CONFIGURATION,
                    "codeLength must be " + MIN_LENGTH + ".." + MAX_LENGTH + ", but was " + length);
        }
        this.key = new SecretKeySpec(Arrays.copyOf(secret, secret.length), HMAC);
        this.prototype = cloneable(newMac(key));
        this.length = length;
        this.random = requireNonNull(random, "random cannot be null");
    }

    /**
     * Returns the number of digits of every code.
     *
     * @return the configured length
     */
    public int length() {
        return length;
    }

    /**
     * Draws a new code.
     *
     * @return {@link #length()} uniform decimal digits, never null
     */
    public String generate() {
        char[] digits = new char[length];
        byte[] drawn = new byte[length + SPARE_BYTES];
        int filled = 0;
        while (filled < length) {
            random.nextBytes(drawn);
            for (int i = 0; i < drawn.length && filled < length; i++) {
                int value = drawn[i] & 0xFF;
                if (value < UNBIASED_BYTES) {
                    digits[filled++] = (char) ('0' + value % 10);
                }
            }
        }
        Arrays.fill(drawn, (byte) 0);
        return new String(digits);
    }

    /**
     * Computes the keyed digest of a code bound to a context.
     *
     * @param code the code, not null
     * @param binding what the code is bound to (request id, destination, method...), in a fixed order, not null
     * @return a lower-case hex HMAC-SHA-256, never null
     */
    public String digest(String code, String... binding) {
        requireNonNull(code, "code cannot be null");
        return HexFormat.of().formatHex(mac(join(code, binding)));
    }

    /**
     * Tells, in constant time, whether a code matches a digest made for the same binding.
     *
     * @param digest a digest made by {@link #digest}, not null
     * @param code the candidate code, not null
     * @param binding the same binding, in the same order, not null
     * @return true when the code is the one the digest was made for
     */
    public boolean matches(String digest, String code, String... binding) {
        requireNonNull(digest, "digest cannot be null");
        byte[] expected = digest.getBytes(StandardCharsets.US_ASCII);
        byte[] actual = digest(code, binding).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }

    /**
     * Computes an HMAC of arbitrary text under this instance's key, for tokens that must not be forged.
     *
     * @param purpose a label separating this use from code digests, not null
     * @param parts the signed content, not null
     * @return the raw HMAC bytes, never null
     */
    public byte[] sign(String purpose, String... parts) {
        return mac(join(purpose, parts));
    }

    private static String join(String first, String... rest) {
        StringBuilder joined = new StringBuilder(first);
        for (String part : rest) {
            joined.append(SEPARATOR).append(requireNonNull(part, "binding part cannot be null"));
        }
        return joined.toString();
    }

    private byte[] mac(String text) {
        Mac mac = prototype != null ? copy(prototype) : newMac(key);
        return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
        }
    }

    private static Mac cloneable(Mac mac) {
        try {
            mac.clone();
            return mac;
        } catch (CloneNotSupportedException e) {
            return null;
        }
    }

    private static Mac copy(Mac prototype) {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("a MAC that could be cloned once could not be cloned again", e);
        }
    }
}
