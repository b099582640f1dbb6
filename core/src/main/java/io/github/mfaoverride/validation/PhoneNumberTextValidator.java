package io.github.mfaoverride.validation;

import io.github.mfaoverride.domain.PhoneNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link PhoneNumberText}. Thread-safe once initialized.
 */
public final class PhoneNumberTextValidator implements ConstraintValidator<PhoneNumberText, CharSequence> {

    private String region;

    @Override
    public void initialize(PhoneNumberText annotation) {
        region = annotation.region().isEmpty() ? null : annotation.region();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || PhoneNumber.parse(value.toString(), region).isPresent();
    }
}
