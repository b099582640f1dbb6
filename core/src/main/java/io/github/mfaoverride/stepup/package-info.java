/**
 * The admin's extra security step: the built-in {@link io.github.mfaoverride.stepup.CodeStepUpVerifier} and the
 * {@link io.github.mfaoverride.stepup.StepUpProofs} that bind a passed step-up to one request.
 */
package io.github.mfaoverride.stepup;
