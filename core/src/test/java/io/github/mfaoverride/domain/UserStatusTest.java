package io.github.mfaoverride.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mapping a directory's status names, and which statuses allow a phone change.
 */
class UserStatusTest {

    @ParameterizedTest
    @CsvSource({
        "Active, ACTIVE",
        "active, ACTIVE",
        "'  SUSPENDED ', SUSPENDED",
        "Inactive, INACTIVE",
        "pending-activation, PENDING_ACTIVATION",
        "Pending Activation, PENDING_ACTIVATION",
        "locked_out, LOCKED_OUT",
        "Password Expired, PASSWORD_EXPIRED",
        "deprovisioned, DEPROVISIONED"})
    void fromNameWhenTheNameIsKnownInAnySpellingThenMapsIt(String name, UserStatus expected) {
        assertThat(UserStatus.fromName(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"frozen", "ACTIVE!", "Actived", "staged", "   ", "ACTIVE SUSPENDED"})
    void fromNameWhenTheNameIsUnknownThenUnknownAndNeverEligible(String name) {
        assertThat(UserStatus.fromName(name)).isEqualTo(UserStatus.UNKNOWN);
        assertThat(UserStatus.fromName(name).allowsPhoneChange()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(UserStatus.class)
    void allowsPhoneChangeWhenAskedThenOnlyActiveAndSuspended(UserStatus status) {
        assertThat(status.allowsPhoneChange())
                .isEqualTo(status == UserStatus.ACTIVE || status == UserStatus.SUSPENDED);
    }

    @Test
    void fromNameWhenGivenEachConstantsNameThenRoundTrips() {
        for (UserStatus status : UserStatus.values()) {
            assertThat(UserStatus.fromName(status.name())).isEqualTo(status);
        }
    }
}
