package io.github.mfaoverride;

import static io.github.mfaoverride.RequestSteps.refuse;

import io.github.mfaoverride.authorization.Eligibility;
import io.github.mfaoverride.command.BeginMfaOptIn;
import io.github.mfaoverride.command.ConfirmMfaOptIn;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.internal.Inputs;
import io.github.mfaoverride.outcome.OptInOutcome;
import io.github.mfaoverride.outcome.RefusalReason;
import io.github.mfaoverride.outcome.Refused;
import io.github.mfaoverride.outcome.SendOutcome.CodeSent;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.port.CodePurpose;
import io.github.mfaoverride.workflow.PhoneChangeRequest;
import io.github.mfaoverride.workflow.RequestId;
import io.github.mfaoverride.workflow.RequestKind;
import io.github.mfaoverride.workflow.RequestState;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An admin's MFA opt-in on their own number. A number that cannot be validated automatically is refused with
 * the source article's guidance: enter a different phone number or contact support.
 */
final class MfaOptInFlow {

    private static final Logger LOG = LoggerFactory.getLogger(MfaOverride.class);

    /** Refusals about the number itself, which the admin can fix by entering another one. */
    private static final Set<RefusalReason> NUMBER_REFUSALS = EnumSet.of(RefusalReason.NUMBER_INVALID,
            RefusalReason.NUMBER_REJECTED, RefusalReason.METHOD_CANNOT_REACH_NUMBER, RefusalReason.DELIVERY_REFUSED);

    private final Wiring wiring;
    private final RequestSteps steps;

    MfaOptInFlow(Wiring wiring, RequestSteps steps) {
        this.wiring = wiring;
        this.steps = steps;
    }

    OptInOutcome begin(BeginMfaOptIn command) {
        Inputs.present("command", command);
        User admin = steps.loadUser("adminId", command.adminId());
        Trace.current().users(admin, admin);
        Eligibility eligibility = steps.optInEligibility(admin);
        if (!eligibility.isEligible()) {
            throw refuse(Refused.ineligible(eligibility.reasons()));
        }
        if (admin.mfa().enabled()) {
            throw refuse(Refused.because(RefusalReason.MFA_ALREADY_ENABLED, "MFA is already enabled"));
        }

        try {
            PhoneNumber typed = steps.parseNumber(command.phoneNumber(), command.regionHint());
            Instant now = wiring.now();
            steps.guards().beforeBegin(admin, admin, now);
            PhoneNumber number = steps.screen(typed, command.method());
            PhoneChangeRequest request = steps.supersedeAndInsert(PhoneChangeRequest.openMfaOptIn(RequestId.random(),
                    admin.id(), now, now.plus(wiring.settings().requestLifetime())));
            Trace.current().request(request);
            LOG.info("request {} started: admin {} opts in to MFA", request.id(), admin.id());
            CodeSent sent = steps.send(new Step(request, admin, admin, now), number, command.method(),
                    admin.locale(), CodePurpose.MFA_OPT_IN);
            return new OptInOutcome.CodeSentForOptIn(request.id(), sent);
        } catch (Stop stop) {
            throw NUMBER_REFUSALS.contains(stop.refused().reason()) ? refuse(withGuidance(stop.refused())) : stop;
        }
    }

    VerifyOutcome confirm(ConfirmMfaOptIn command) {
        Inputs.present("command", command);
        steps.requireCodeShape(command.code());
        Step step = steps.open(command.requestId(), command.adminId(), RequestKind.MFA_OPT_IN, "confirm opt-in");
        steps.requireState(step, RequestState.CODE_SENT, "confirm opt-in");
        return steps.checkCode(step, command.code(), true);
    }

    private Refused withGuidance(Refused refused) {
        return refused.withGuidance("Enter a different phone number or contact support: "
                + wiring.settings().supportContact());
    }
}
