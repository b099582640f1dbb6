package io.github.mfaoverride.limits;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.outcome.Limit;
import java.time.Instant;

/**
 * A subject (a target user or an admin) has just been locked out.
 *
 * <p>Immutable and thread-safe.
 *
 * @param limit {@link Limit#TARGET_FAILURES} or {@link Limit#ADMIN_FAILURES}, not null
 * @param subject the user locked out, not null
 * @param until when the lockout ends, not null
 */
public record Lockout(Limit limit, UserId subject, Instant until) {

    /** Checks that no component is null. */
    public Lockout {
        requireNonNull(limit, "limit cannot be null");
        requireNonNull(subject, "subject cannot be null");
        requireNonNull(until, "until cannot be null");
    }
}
