package io.github.mfaoverride.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link VerificationCodeText}. Thread-safe once initialized.
 */
public final class VerificationCodeTextValidator implements ConstraintValidator<VerificationCodeText, CharSequence> {

    private int min;
    private int max;

    @Override
    public void initialize(VerificationCodeText annotation) {
        min = annotation.min();
        max = annotation.max();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || isCode(value, min, max);
    }

    /**
     * Tells whether text is {@code min} to {@code max} ASCII digits; the facade uses the same rule.
     *
     * @param value the text, not null
     * @param min the fewest digits
     * @param max the most digits
     * @return true when it has the shape of a code
     */
    public static boolean isCode(CharSequence value, int min, int max) {
        if (value.length() < min || value.length() > max) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
