package io.github.mfaoverride.port;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A step-up challenge that began: what the "Extra security step" screen tells the admin.
 *
 * @param reference the verifier's handle, stored with the request and handed back on verify; not secret enough
 *     to pass the challenge by itself, not null
 * @param prompt what to show, for example {@code "Enter the code sent by SMS to +1 ***-***-0100"}, not null
 * @param expiresAt when the challenge stops being accepted, not null
 */
public record StepUpChallenge(String reference, String prompt, Instant expiresAt) {

    /** Checks that no component is null. */
    public StepUpChallenge {
        requireNonNull(reference, "reference cannot be null");
        requireNonNull(prompt, "prompt cannot be null");
        requireNonNull(expiresAt, "expiresAt cannot be null");
    }
}
