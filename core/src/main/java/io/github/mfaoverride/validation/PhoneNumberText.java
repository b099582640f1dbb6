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
 * The annotated text must be a valid, dialable phone number, judged by the same libphonenumber logic the library
 * uses ({@link io.github.mfaoverride.domain.PhoneNumber#parse}). {@code null} is valid; add {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = PhoneNumberTextValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PhoneNumberText {

    /**
     * The message key or text.
     *
     * @return the message
     */
    String message() default "{io.github.mfaoverride.validation.PhoneNumberText.message}";

    /**
     * The region assumed when the text has no {@code +} country code, such as {@code "US"}; empty requires one.
     *
     * @return an ISO 3166 region, or empty
     */
    String region() default "";

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
