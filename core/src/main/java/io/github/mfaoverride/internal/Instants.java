package io.github.mfaoverride.internal;

import java.time.Instant;

/**
 * Small time helpers shared inside the library. Not API.
 */
public final class Instants {

    private Instants() {
    }

    /**
     * Returns the earlier of two instants.
     *
     * @param a one instant, not null
     * @param b another instant, not null
     * @return {@code a} when it is before {@code b}, else {@code b}
     */
    public static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
