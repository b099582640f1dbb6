package io.github.mfaoverride;

import io.github.mfaoverride.error.ErrorCode;
import io.github.mfaoverride.error.MfaOverrideException;
import java.time.Duration;

/**
 * The validated limits and lifetimes the workflow runs with. Built by {@link MfaOverride.Builder}.
 */
record Settings(
        Duration requestLifetime,
        Duration stepUpFreshness,
        Duration codeLifetime,
        int codeLength,
        int maxCodeFailures,
        int maxStepUpFailures,
        Duration resendCooldown,
        int maxSendsPerRequest,
        String supportContact) {

    /** NIST SP 800-63B and OWASP ASVS 6.5.5: an out-of-band code lives at most ten minutes. */
    static final Duration MAX_CODE_LIFETIME = Duration.ofMinutes(10);

    Settings {
        requirePositive("requestLifetime", requestLifetime);
        requirePositive("stepUpFreshness", stepUpFreshness);
        requirePositive("codeLifetime", codeLifetime);
        if (codeLifetime.compareTo(MAX_CODE_LIFETIME) > 0) {
            throw configuration("codeLifetime must be at most " + MAX_CODE_LIFETIME + ", but was " + codeLifetime);
        }
        requireAtLeastOne("maxCodeFailures", maxCodeFailures);
        requireAtLeastOne("maxStepUpFailures", maxStepUpFailures);
        requireAtLeastOne("maxSendsPerRequest", maxSendsPerRequest);
        if (resendCooldown == null || resendCooldown.isNegative()) {
            throw configuration("resendCooldown must be zero or more, but was " + resendCooldown);
        }
        if (supportContact == null || supportContact.isBlank()) {
            throw configuration("supportContact cannot be blank");
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw configuration(name + " must be positive, but was " + value);
        }
    }

    private static void requireAtLeastOne(String name, int value) {
        if (value < 1) {
            throw configuration(name + " must be at least 1, but was " + value);
        }
    }

    private static MfaOverrideException configuration(String message) {
        return new MfaOverrideException(ErrorCode.CONFIGURATION, message);
    }
}
