package io.github.mfaoverride.command;

import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.validation.VerificationCodeText;
import io.github.mfaoverride.workflow.RequestId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The admin typed the code the user read out and chose "Verify and Update Phone Number".
 *
 * @param requestId the request
 * @param adminId the acting admin
 * @param stepUpProof the proof from the step-up
 * @param code the digits
 */
public record VerifyCode(
        @NotNull RequestId requestId,
        @NotNull UserId adminId,
        @NotBlank @Size(max = 512) String stepUpProof,
        @NotNull @VerificationCodeText String code) {

    @Override
    public String toString() {
        return "VerifyCode[requestId=" + requestId + ", adminId=" + adminId + "]";
    }
}
