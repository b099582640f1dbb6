/**
 * Jakarta Validation constraints hosts can put on their own request objects: {@link
 * io.github.mfaoverride.validation.PhoneNumberText} and {@link io.github.mfaoverride.validation.VerificationCodeText},
 * backed by the same logic the facade applies when no Validation provider is present.
 */
package io.github.mfaoverride.validation;
