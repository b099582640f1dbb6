package io.github.mfaoverride.stepup;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.code.VerificationCodes;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.workflow.RequestId;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Issues and checks step-up proofs: the token an admin's client carries from the step-up to the later steps.
 *
 * <p>A proof is {@code v1.<issued-at millis>.<HMAC>}, the HMAC covering the request, the admin, the target and
 * the issue time under the library's secret. It is useless for another request, admin or target, and cannot be
 * forged without the secret. It is the only thing carried between steps; everything else is read again.
 *
 * <p>Thread-safe.
 */
public final class StepUpProofs {

    private static final String PREFIX = "v1.";
    private static final String PURPOSE = "step-up-proof";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final VerificationCodes signer;

    /**
     * Creates the issuer.
     *
     * @param signer holds the key the proofs are signed with, not null
     */
    public StepUpProofs(VerificationCodes signer) {
        this.signer = requireNonNull(signer, "signer cannot be null");
    }

    /**
     * Issues a proof.
     *
     * @param request the request the step-up was passed in, not null
     * @param admin the admin who passed it, not null
     * @param target the user the admin is acting on, not null
     * @param passedAt when it was passed, not null
     * @return the proof, never null
     */
    public String issue(RequestId request, UserId admin, UserId target, Instant passedAt) {
        long millis = passedAt.toEpochMilli();
        return PREFIX + millis + "." + ENCODER.encodeToString(mac(request, admin, target, millis));
    }

    /**
     * Checks a proof and returns when it was issued.
     *
     * @param proof the token the client sent, not null
     * @param request the request it must belong to, not null
     * @param admin the admin it must belong to, not null
     * @param target the target it must belong to, not null
     * @return the issue time, or empty when the proof is malformed, forged or bound to something else
     */
    public Optional<Instant> verify(String proof, RequestId request, UserId admin, UserId target) {
        requireNonNull(proof, "proof cannot be null");
        if (!proof.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int dot = proof.indexOf('.', PREFIX.length());
        if (dot < 0) {
            return Optional.empty();
        }
        long millis;
        try {
            millis = Long.parseLong(proof.substring(PREFIX.length(), dot));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        byte[] expected = ENCODER.encodeToString(mac(request, admin, target, millis)).getBytes();
        byte[] actual = proof.substring(dot + 1).getBytes();
        return MessageDigest.isEqual(expected, actual) ? Optional.of(Instant.ofEpochMilli(millis)) : Optional.empty();
    }

    private byte[] mac(RequestId request, UserId admin, UserId target, long millis) {
        return signer.sign(PURPOSE, request.value(), admin.value(), target.value(), Long.toString(millis));
    }
}
