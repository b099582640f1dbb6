package io.github.mfaoverride.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mfaoverride.error.ErrorCode;
import io.github.mfaoverride.error.MfaOverrideException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Code generation and digests: length, alphabet, uniformity of digits, keyed and bound digests.
 */
class VerificationCodesTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    /** Critical value of the chi-square distribution with 9 degrees of freedom at significance 0.001. */
    private static final double CRITICAL_9_DF = 27.877;
    private static final int SAMPLE_CODES = 20_000;

    @ParameterizedTest
    @ValueSource(ints = {6, 7, 8, 9, 10})
    void generateWhenLengthIsAllowedThenCodesHaveExactlyThatManyDigits(int length) {
        VerificationCodes codes = new VerificationCodes(SECRET, length, new SecureRandom());

        for (int i = 0; i < 200; i++) {
            assertThat(codes.generate()).hasSize(length).matches("[0-9]+");
        }
        assertThat(codes.length()).isEqualTo(length);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, 0, 5, 11, 64})
    void constructorWhenLengthIsOutsideSixToTenThenConfigurationError(int length) {
        assertThatThrownBy(() -> new VerificationCodes(SECRET, length, new SecureRandom()))
                .isInstanceOfSatisfying(MfaOverrideException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION);
                    assertThat(e.getMessage()).isEqualTo("codeLength must be 6..10, but was " + length);
                });
    }

    @Test
    void constructorWhenSecretIsShorterThanThirtyTwoBytesThenConfigurationError() {
        assertThatThrownBy(() -> new VerificationCodes(new byte[31], 6, new SecureRandom()))
                .isInstanceOfSatisfying(MfaOverrideException.class, e ->
                        assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION));
    }

    @Test
    void constructorWhenArgumentsAreNullThenNamesThem() {
        assertThatThrownBy(() -> new VerificationCodes(null, 6, new SecureRandom()))
                .hasMessageContaining("secret");
        assertThatThrownBy(() -> new VerificationCodes(SECRET, 6, null)).hasMessageContaining("random");
    }

    @Test
    void generateWhenManyCodesAreDrawnThenEveryDigitIsEquallyLikely() throws NoSuchAlgorithmException {
        VerificationCodes codes = new VerificationCodes(SECRET, 6, seeded());

        long[][] counts = countDigits(codes, 6);

        assertThat(chiSquare(total(counts))).isLessThan(CRITICAL_9_DF);
        for (long[] position : counts) {
            assertThat(chiSquare(position)).isLessThan(CRITICAL_9_DF);
        }
    }

    @Test
    void chiSquareWhenTheGeneratorHasModuloBiasThenTheTestDetectsIt() throws NoSuchAlgorithmException {
        SecureRandom source = seeded();
        SecureRandom biased = new SecureRandom() {
            private static final long serialVersionUID = 1L;

            @Override
            public void nextBytes(byte[] bytes) {
                // Folds the bytes the generator skips (250..255) onto 0..5 instead: digits 0..5 then come up
                // 26 times in 256, 6..9 only 25 times, the bias a plain modulo of a byte would have.
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) (source.nextInt(256) % 250);
                }
            }
        };
        SecureRandom grossly = new SecureRandom() {
            private static final long serialVersionUID = 1L;

            @Override
            public void nextBytes(byte[] bytes) {
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) source.nextInt(16);
                }
            }
        };

        long[] slightly = total(countDigits(new VerificationCodes(SECRET, 6, biased), 6));
        long[] heavily = total(countDigits(new VerificationCodes(SECRET, 6, grossly), 6));

        assertThat(chiSquare(heavily)).isGreaterThan(CRITICAL_9_DF * 100);
        assertThat(chiSquare(slightly)).isGreaterThan(CRITICAL_9_DF);
    }

    @Test
    void generateWhenTheGeneratorGivesSkippedBytesThenOnlyTheUnbiasedOnesBecomeDigits() {
        byte[][] draws = {
            {(byte) 250, (byte) 255, 7, (byte) 251, 12, (byte) 249, 0, (byte) 252, (byte) 253, (byte) 254},
            {(byte) 255, 3, 99, (byte) 200, (byte) 250, 41, 5, 6, 7, 8},
        };
        SecureRandom scripted = new SecureRandom() {
            private static final long serialVersionUID = 1L;
            private int next;

            @Override
            public void nextBytes(byte[] bytes) {
                byte[] draw = draws[next++];
                System.arraycopy(draw, 0, bytes, 0, bytes.length);
            }
        };

        // 7, 12, 249 and 0 from the first draw (six bytes of 250 and more skipped), then 3 and 99 from a second.
        assertThat(new VerificationCodes(SECRET, 6, scripted).generate()).isEqualTo("729039");
    }

    @Test
    void generateWhenCalledRepeatedlyThenCodesDiffer() {
        VerificationCodes codes = new VerificationCodes(SECRET, 10, new SecureRandom());

        assertThat(codes.generate()).isNotEqualTo(codes.generate());
    }

    @Test
    void digestWhenComputedThenItIsAKeyedHexHmacThatHidesTheCode() {
        VerificationCodes codes = new VerificationCodes(SECRET, 6, new SecureRandom());

        String digest = codes.digest("123456", "request-1", "+12015550122", "SMS");

        assertThat(digest).matches("[0-9a-f]{64}").doesNotContain("123456");
        assertThat(codes.matches(digest, "123456", "request-1", "+12015550122", "SMS")).isTrue();
        assertThat(codes.matches(digest, "123457", "request-1", "+12015550122", "SMS")).isFalse();
    }

    @Test
    void digestWhenManyThreadsDigestAtOnceThenEachGetsTheSequentialResult() throws Exception {
        VerificationCodes codes = new VerificationCodes(SECRET, 6, new SecureRandom());
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            expected.add(codes.digest(String.format("%06d", i), "request-" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                results.add(pool.submit(() -> {
                    List<String> digests = new ArrayList<>();
                    for (int i = 0; i < 200; i++) {
                        digests.add(codes.digest(String.format("%06d", i), "request-" + i));
                    }
                    return digests;
                }));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).doesNotHaveDuplicates();
    }

    @Test
    void matchesWhenTheBindingDiffersThenFalse() {
        VerificationCodes codes = new VerificationCodes(SECRET, 6, new SecureRandom());
        String digest = codes.digest("123456", "request-1", "+12015550122", "SMS");

        assertThat(codes.matches(digest, "123456", "request-2", "+12015550122", "SMS")).isFalse();
        assertThat(codes.matches(digest, "123456", "request-1", "+12015550133", "SMS")).isFalse();
        assertThat(codes.matches(digest, "123456", "request-1", "+12015550122", "VOICE")).isFalse();
        assertThat(codes.matches(digest, "123456", "request-1+12015550122", "SMS")).isFalse();
    }

    @Test
    void digestWhenTheSecretDiffersThenTheDigestDiffers() {
        byte[] other = Arrays.copyOf(SECRET, SECRET.length);
        other[0] ^= 1;

        String mine = new VerificationCodes(SECRET, 6, new SecureRandom()).digest("123456", "r");
        String theirs = new VerificationCodes(other, 6, new SecureRandom()).digest("123456", "r");

        assertThat(mine).isNotEqualTo(theirs);
    }

    @Test
    void constructorWhenTheCallerChangesTheSecretArrayAfterwardsThenDigestsDoNotChange() {
        byte[] secret = Arrays.copyOf(SECRET, SECRET.length);
        VerificationCodes codes = new VerificationCodes(secret, 6, new SecureRandom());
        String before = codes.digest("123456", "r");

        secret[0] ^= 1;

        assertThat(codes.digest("123456", "r")).isEqualTo(before);
    }

    @Test
    void signWhenPurposeOrPartsDifferThenTheSignatureDiffers() {
        VerificationCodes codes = new VerificationCodes(SECRET, 6, new SecureRandom());

        assertThat(codes.sign("a", "x")).hasSize(32).isEqualTo(codes.sign("a", "x"))
                .isNotEqualTo(codes.sign("b", "x")).isNotEqualTo(codes.sign("a", "y"));
    }

    private static SecureRandom seeded() throws NoSuchAlgorithmException {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(20260105L);
        return random;
    }

    private static long[][] countDigits(VerificationCodes codes, int length) {
        long[][] counts = new long[length][10];
        for (int i = 0; i < SAMPLE_CODES; i++) {
            String code = codes.generate();
            for (int position = 0; position < length; position++) {
                counts[position][code.charAt(position) - '0']++;
            }
        }
        return counts;
    }

    private static long[] total(long[][] counts) {
        long[] total = new long[10];
        for (long[] position : counts) {
            for (int digit = 0; digit < 10; digit++) {
                total[digit] += position[digit];
            }
        }
        return total;
    }

    private static double chiSquare(long[] observed) {
        double expected = Arrays.stream(observed).sum() / 10.0;
        double sum = 0;
        for (long count : observed) {
            sum += (count - expected) * (count - expected) / expected;
        }
        return sum;
    }
}
