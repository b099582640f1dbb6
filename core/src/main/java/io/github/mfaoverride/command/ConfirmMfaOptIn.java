package io.github.mfaoverride.command;

import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.validation.VerificationCodeText;
import io.github.mfaoverride.workflow.RequestId;
import jakarta.validation.constraints.NotNull;

/**
 * The admin typed the code that reached their own number.
 *
 * @param requestId the opt-in request
 * @param adminId the admin
 * @param code the digits
 */
public record ConfirmMfaOptIn(
        @NotNull RequestId requestId,
        @NotNull UserId adminId,
        @NotNull @VerificationCodeText String code) {

    @Override
    public String toString() {
        return "ConfirmMfaOptIn[requestId=" + requestId + ", adminId=" + adminId + "]";
    }
}
