package io.github.mfaoverride;

import io.github.mfaoverride.outcome.Refused;

/**
 * Carries a refusal out of a nested check to the use case's boundary, where it becomes the returned value.
 * Never escapes the facade.
 */
final class Stop extends RuntimeException {

    private final transient Refused refused;

    Stop(Refused refused) {
        super(refused.reason().name(), null, false, false);
        this.refused = refused;
    }

    Refused refused() {
        return refused;
    }
}
