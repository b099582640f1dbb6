package io.github.mfaoverride.command;

import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.workflow.RequestId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The admin answered the extra security step.
 *
 * @param requestId the request from {@code begin}
 * @param adminId the acting admin
 * @param response what the admin entered (a code for the built-in verifier), at most 512 characters
 */
public record AnswerStepUp(
        @NotNull RequestId requestId,
        @NotNull UserId adminId,
        @NotBlank @Size(max = 512) String response) {

    @Override
    public String toString() {
        return "AnswerStepUp[requestId=" + requestId + ", adminId=" + adminId + "]";
    }
}
