package io.github.mfaoverride.command;

import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.workflow.RequestId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The admin entered the user's new number on the Edit Phone Number screen and chose how the code goes.
 *
 * @param requestId the request
 * @param adminId the acting admin
 * @param stepUpProof the proof from the step-up
 * @param phoneNumber the new number as typed, at most 64 characters
 * @param regionHint the ISO 3166 region assumed when the number has no {@code +} country code, or null
 * @param method SMS or voice
 */
public record SendCode(
        @NotNull RequestId requestId,
        @NotNull UserId adminId,
        @NotBlank @Size(max = 512) String stepUpProof,
        @NotBlank @Size(max = 64) String phoneNumber,
        @Pattern(regexp = "[A-Za-z]{2}") String regionHint,
        @NotNull DeliveryMethod method) {

    @Override
    public String toString() {
        return "SendCode[requestId=" + requestId + ", adminId=" + adminId + ", method=" + method + "]";
    }
}
