package io.github.mfaoverride.command;

import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.workflow.RequestId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The user did not get the code: send a new one to the same number, by the same or the other method.
 *
 * @param requestId the request
 * @param adminId the acting admin
 * @param stepUpProof the proof from the step-up
 * @param method the method to use, or null to keep the previous one
 */
public record ResendCode(
        @NotNull RequestId requestId,
        @NotNull UserId adminId,
        @NotBlank @Size(max = 512) String stepUpProof,
        DeliveryMethod method) {

    @Override
    public String toString() {
        return "ResendCode[requestId=" + requestId + ", adminId=" + adminId + ", method=" + method + "]";
    }
}
