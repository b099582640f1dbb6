package io.github.mfaoverride.command;

import io.github.mfaoverride.domain.UserId;
import jakarta.validation.constraints.NotNull;

/**
 * An admin clicked the edit icon next to a user's phone number.
 *
 * @param adminId the acting admin
 * @param targetId the user whose phone would change
 */
public record BeginPhoneChange(@NotNull UserId adminId, @NotNull UserId targetId) {
}
