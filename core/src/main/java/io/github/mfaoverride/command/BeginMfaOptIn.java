package io.github.mfaoverride.command;

import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An admin opts in to MFA with their own phone number.
 *
 * @param adminId the admin
 * @param phoneNumber the number as typed, at most 64 characters
 * @param regionHint the ISO 3166 region assumed when the number has no {@code +} country code, or null
 * @param method SMS or voice
 */
public record BeginMfaOptIn(
        @NotNull UserId adminId,
        @NotBlank @Size(max = 64) String phoneNumber,
        @Pattern(regexp = "[A-Za-z]{2}") String regionHint,
        @NotNull DeliveryMethod method) {

    @Override
    public String toString() {
        return "BeginMfaOptIn[adminId=" + adminId + ", method=" + method + "]";
    }
}
