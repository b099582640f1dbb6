package io.github.mfaoverride.stepup;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.code.VerificationCodes;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.internal.Instants;
import io.github.mfaoverride.port.CodeDelivery;
import io.github.mfaoverride.port.CodeMessage;
import io.github.mfaoverride.port.CodePurpose;
import io.github.mfaoverride.port.DeliveryOutcome;
import io.github.mfaoverride.port.StepUpChallenge;
import io.github.mfaoverride.port.StepUpCheck;
import io.github.mfaoverride.port.StepUpContext;
import io.github.mfaoverride.port.StepUpUnavailableException;
import io.github.mfaoverride.port.StepUpUnavailableException.Reason;
import io.github.mfaoverride.port.StepUpVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in step-up: a code sent to the admin's own enrolled phone through the {@link CodeDelivery} port, so a
 * host needs no other MFA system.
 *
 * <p>Stateless between calls: the challenge reference carries the expiry and a keyed digest of the code bound to
 * the request, admin, target and the admin's phone, so any service instance can verify it and a code for one
 * request never passes another. SMS is used when the admin's line can take it, voice otherwise.
 *
 * <p>Thread-safe.
 */
public final class CodeStepUpVerifier implements StepUpVerifier {

    /** How long a step-up code is accepted unless configured otherwise. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(CodeStepUpVerifier.class);
    private static final String PURPOSE = "step-up";

    private final CodeDelivery delivery;
    private final VerificationCodes codes;
    private final Clock clock;
    private final Duration lifetime;

    /**
     * Creates the verifier.
     *
     * @param delivery sends the code, not null
     * @param codes makes codes and digests, not null
     * @param clock the time source, not null
     * @param lifetime how long a code is accepted, positive and at most 10 minutes
     */
    public CodeStepUpVerifier(CodeDelivery delivery, VerificationCodes codes, Clock clock, Duration lifetime) {
        this.delivery = requireNonNull(delivery, "delivery cannot be null");
        this.codes = requireNonNull(codes, "codes cannot be null");
        this.clock = requireNonNull(clock, "clock cannot be null");
        requireNonNull(lifetime, "lifetime cannot be null");
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("lifetime must be positive and at most 10 minutes, but was " + lifetime);
        }
        this.lifetime = lifetime;
    }

    @Override
    public StepUpChallenge begin(StepUpContext context) {
        User admin = context.admin();
        PhoneNumber phone = admin.mfa().phone().orElseThrow(() -> new StepUpUnavailableException(
                Reason.NO_USABLE_FACTOR, "admin " + admin.id() + " has no enrolled phone"));
        DeliveryMethod method = DeliveryMethod.SMS.canReach(phone.lineType()) ? DeliveryMethod.SMS
                : DeliveryMethod.VOICE;
        Instant now = clock.instant();
        Instant expiresAt = Instants.earlier(now.plus(lifetime), context.notAfter());

        String code = codes.generate();
        DeliveryOutcome outcome = delivery.deliver(new CodeMessage(phone, method, admin.locale(), code,
                Duration.between(now, expiresAt), CodePurpose.STEP_UP, context.requestId().value()));

        if (outcome instanceof DeliveryOutcome.Refused refused) {
            throw new StepUpUnavailableException(Reason.REFUSED,
                    "step-up code refused: " + refused.reason() + " " + refused.detail());
        }
        if (outcome instanceof DeliveryOutcome.TransientFailure failure) {
            throw new StepUpUnavailableException(Reason.TEMPORARILY_UNAVAILABLE,
                    "step-up code not delivered: " + failure.detail());
        }
        LOG.debug("step-up code sent by {} to {} for request {}", method, phone, context.requestId());
        long expiryMillis = expiresAt.toEpochMilli();
        String reference = expiryMillis + ":" + codes.digest(code, binding(context, phone, expiryMillis));
        return new StepUpChallenge(reference, "Enter the code sent by " + method + " to " + phone.masked(), expiresAt);
    }

    @Override
    public StepUpCheck verify(StepUpContext context, String reference, String response) {
        int colon = reference.indexOf(':');
        long expiryMillis;
        try {
            expiryMillis = Long.parseLong(reference.substring(0, Math.max(colon, 0)));
        } catch (NumberFormatException e) {
            return StepUpCheck.FAILED;
        }
        if (!clock.instant().isBefore(Instant.ofEpochMilli(expiryMillis))) {
            return StepUpCheck.EXPIRED;
        }
        PhoneNumber phone = context.admin().mfa().phone().orElse(null);
        if (phone == null) {
            return StepUpCheck.FAILED;
        }
        boolean right = codes.matches(reference.substring(colon + 1), response,
                binding(context, phone, expiryMillis));
        return right ? StepUpCheck.PASSED : StepUpCheck.FAILED;
    }

    private static String[] binding(StepUpContext context, PhoneNumber phone, long expiryMillis) {
        return new String[] {PURPOSE, context.requestId().value(), context.admin().id().value(),
            context.targetId().value(), phone.e164(), Long.toString(expiryMillis)};
    }
}
