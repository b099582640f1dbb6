package io.github.mfaoverride.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must look like a verification code: ASCII digits only, {@link #min()} to {@link #max()} of
 * them. {@code null} is valid; add {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = VerificationCodeTextValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface VerificationCodeText {

    /**
     * The message key or text.
     *
     * @return the message
     */
    String message() default "{io.github.mfaoverride.validation.VerificationCodeText.message}";

    /**
     * The fewest digits accepted.
     *
     * @return 6 unless set
     */
    int min() default 6;

    /**
     * The most digits accepted.
     *
     * @return 10 unless set
     */
    int max() default 10;

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
