package io.github.mfaoverride;

import io.github.mfaoverride.authorization.ChangeAuthorization;
import io.github.mfaoverride.code.VerificationCodes;
import io.github.mfaoverride.port.CodeDelivery;
import io.github.mfaoverride.port.NumberScreening;
import io.github.mfaoverride.port.PhoneChangeRequests;
import io.github.mfaoverride.port.StepUpVerifier;
import io.github.mfaoverride.port.Transactions;
import io.github.mfaoverride.port.UserDirectory;
import io.github.mfaoverride.stepup.StepUpProofs;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Everything the use cases run on, assembled once by the builder.
 */
record Wiring(
        UserDirectory directory,
        PhoneChangeRequests requests,
        Transactions transactions,
        CodeDelivery delivery,
        StepUpVerifier stepUpVerifier,
        NumberScreening screening,
        ChangeAuthorization authorization,
        VerificationCodes codes,
        StepUpProofs proofs,
        Clock clock,
        Settings settings,
        Safeguards safeguards) {

    /**
     * The current time at millisecond precision, so that every stored instant survives any database's timestamp
     * type and a step-up proof's time compares equal to the stored one.
     */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
