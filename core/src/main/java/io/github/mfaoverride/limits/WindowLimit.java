package io.github.mfaoverride.limits;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.error.ErrorCode;
import io.github.mfaoverride.error.MfaOverrideException;
import java.time.Duration;

/**
 * At most {@code max} events per {@code window}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param max the most events one window holds, one or more
 * @param window the window's length, positive, not null
 */
public record WindowLimit(int max, Duration window) {

    /** Checks the values; throws {@link MfaOverrideException} with {@link ErrorCode#CONFIGURATION} otherwise. */
    public WindowLimit {
        requireNonNull(window, "window cannot be null");
        if (max < 1) {
            throw new MfaOverrideException(ErrorCode.CONFIGURATION, "max must be at least 1, but was " + max);
        }
        if (window.isNegative() || window.isZero()) {
            throw new MfaOverrideException(ErrorCode.CONFIGURATION, "window must be positive, but was " + window);
        }
    }

    /**
     * Creates a limit.
     *
     * @param max the most events one window holds, one or more
     * @param window the window's length, positive, not null
     * @return the limit
     */
    public static WindowLimit of(int max, Duration window) {
        return new WindowLimit(max, window);
    }

    @Override
    public String toString() {
        return max + " per " + window;
    }
}
