package io.github.mfaoverride.port;

/**
 * What a {@link StepUpVerifier} made of the admin's response.
 */
public enum StepUpCheck {
    /** The admin proved themselves. */
    PASSED,
    /** The response was wrong; the facade counts it against the limit. */
    FAILED,
    /** The challenge is no longer accepted; the admin must begin again. */
    EXPIRED
}
