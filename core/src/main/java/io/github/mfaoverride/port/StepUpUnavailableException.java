package io.github.mfaoverride.port;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.error.ErrorCode;
import io.github.mfaoverride.error.MfaOverrideException;

/**
 * A {@link StepUpVerifier} could not begin a challenge. The facade turns it into a refusal value.
 */
public final class StepUpUnavailableException extends MfaOverrideException {

    /** Why no challenge could begin. */
    public enum Reason {
        /** The admin has no factor the verifier can use, for example no enrolled phone. */
        NO_USABLE_FACTOR,
        /** The factor's provider refused for good. */
        REFUSED,
        /** The factor's provider failed for now; trying again later may work. */
        TEMPORARILY_UNAVAILABLE
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason why, not null
     * @param message a description safe to log, not null
     */
    public StepUpUnavailableException(Reason reason, String message) {
        super(reason == Reason.TEMPORARILY_UNAVAILABLE ? ErrorCode.TRANSIENT_FAILURE : ErrorCode.CONFIGURATION,
                message);
        this.reason = requireNonNull(reason, "reason cannot be null");
    }

    /**
     * Returns why no challenge could begin.
     *
     * @return the reason, never null
     */
    public Reason reason() {
        return reason;
    }
}
