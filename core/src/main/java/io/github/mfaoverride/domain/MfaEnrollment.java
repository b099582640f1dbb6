package io.github.mfaoverride.domain;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A user's MFA state: whether MFA is on, the phone number codes go to, and when that number was last proven.
 *
 * @param enabled whether the user must pass MFA to sign in
 * @param phone the enrolled number, if any, not null (use {@link Optional#empty()})
 * @param phoneVerifiedAt when possession of {@code phone} was last proven by a code, if ever, not null
 */
public record MfaEnrollment(boolean enabled, Optional<PhoneNumber> phone, Optional<Instant> phoneVerifiedAt) {

    /** Checks that no component is null. */
    public MfaEnrollment {
        requireNonNull(phone, "phone cannot be null");
        requireNonNull(phoneVerifiedAt, "phoneVerifiedAt cannot be null");
    }

    /**
     * Returns the state of a user who never enrolled.
     *
     * @return MFA off, no phone
     */
    public static MfaEnrollment none() {
        return new MfaEnrollment(false, Optional.empty(), Optional.empty());
    }

    /**
     * Returns MFA enabled on a number proven at the given time.
     *
     * @param phone the number, not null
     * @param verifiedAt when a code sent to it came back, not null
     * @return the enrollment, never null
     */
    public static MfaEnrollment verified(PhoneNumber phone, Instant verifiedAt) {
        return new MfaEnrollment(true, Optional.of(phone), Optional.of(verifiedAt));
    }
}
