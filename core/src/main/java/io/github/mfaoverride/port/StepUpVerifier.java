package io.github.mfaoverride.port;

/**
 * Port to the admin's own MFA: the "Extra security step" the admin passes before editing another user's phone.
 *
 * <p>A host plugs in its identity provider here (a push, a TOTP, a WebAuthn assertion), or uses the built-in
 * {@link io.github.mfaoverride.stepup.CodeStepUpVerifier}, which sends a code to the admin's enrolled phone. The
 * facade counts failures and limits them; an implementation only judges one response. Implementations must be
 * thread-safe and should keep no state between the two calls beyond what {@code reference} carries, so that a
 * flow begun on one service instance can continue on another.
 */
public interface StepUpVerifier {

    /**
     * Begins a challenge for the admin.
     *
     * @param context what the challenge is bound to, not null
     * @return the challenge, never null
     * @throws StepUpUnavailableException when no challenge can begin
     */
    StepUpChallenge begin(StepUpContext context);

    /**
     * Judges the admin's response to a challenge that began with the same context.
     *
     * @param context the same binding as at {@link #begin}, not null
     * @param reference the challenge's reference, not null
     * @param response what the admin answered, not null
     * @return passed, failed or expired; never null
     */
    StepUpCheck verify(StepUpContext context, String reference, String response);
}
