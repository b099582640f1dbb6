package io.github.mfaoverride.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.command.AnswerStepUp;
import io.github.mfaoverride.command.BeginMfaOptIn;
import io.github.mfaoverride.command.BeginPhoneChange;
import io.github.mfaoverride.command.CancelRequest;
import io.github.mfaoverride.command.ConfirmMfaOptIn;
import io.github.mfaoverride.command.ResendCode;
import io.github.mfaoverride.command.SendCode;
import io.github.mfaoverride.command.VerifyCode;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.workflow.RequestId;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The commands' constraints and the library's own constraints, checked by a real provider (Hibernate Validator).
 */
class ConstraintsTest {

    private static final RequestId REQUEST = RequestId.of("r-1");
    private static final UserId ADMIN = UserId.of("admin");
    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startProvider() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopProvider() {
        factory.close();
    }

    /** A host's own form, carrying the library's constraints. */
    record HostForm(@PhoneNumberText(region = "US") String usPhone, @PhoneNumberText String anyPhone,
            @VerificationCodeText String code, @VerificationCodeText(min = 4, max = 4) String pin) {
    }

    @Test
    void validateWhenCommandsAreWellFormedThenNoViolations() {
        assertThat(validator.validate(new BeginPhoneChange(ADMIN, UserId.of("user")))).isEmpty();
        assertThat(validator.validate(new AnswerStepUp(REQUEST, ADMIN, "approve"))).isEmpty();
        assertThat(validator.validate(new SendCode(REQUEST, ADMIN, "proof", "+12015550122", "US",
                DeliveryMethod.SMS))).isEmpty();
        assertThat(validator.validate(new ResendCode(REQUEST, ADMIN, "proof", null))).isEmpty();
        assertThat(validator.validate(new VerifyCode(REQUEST, ADMIN, "proof", "123456"))).isEmpty();
        assertThat(validator.validate(new CancelRequest(REQUEST, ADMIN))).isEmpty();
        assertThat(validator.validate(new BeginMfaOptIn(ADMIN, "+12015550122", null, DeliveryMethod.VOICE)))
                .isEmpty();
        assertThat(validator.validate(new ConfirmMfaOptIn(REQUEST, ADMIN, "1234567890"))).isEmpty();
    }

    @Test
    void validateWhenSendCodeIsEmptyThenEveryRequiredFieldIsReported() {
        Map<String, String> violations = byField(validator.validate(new SendCode(null, null, " ", "", "USA", null)));

        assertThat(violations).containsOnlyKeys("requestId", "adminId", "stepUpProof", "phoneNumber", "regionHint",
                "method");
    }

    @Test
    void validateWhenTextsAreTooLongThenSizeIsReported() {
        Map<String, String> violations = byField(validator.validate(new SendCode(REQUEST, ADMIN, "p".repeat(513),
                "1".repeat(65), "US", DeliveryMethod.SMS)));

        assertThat(violations).containsOnlyKeys("stepUpProof", "phoneNumber");
        assertThat(byField(validator.validate(new AnswerStepUp(REQUEST, ADMIN, "r".repeat(513)))))
                .containsOnlyKeys("response");
        assertThat(byField(validator.validate(new BeginMfaOptIn(ADMIN, "1".repeat(65), "u1", DeliveryMethod.SMS))))
                .containsOnlyKeys("phoneNumber", "regionHint");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "12345678901", "12a456", "１２３４５６", " 123456", "123 456"})
    void validateWhenTheCodeIsNotSixToTenAsciiDigitsThenTheCodeIsReported(String code) {
        assertThat(byField(validator.validate(new VerifyCode(REQUEST, ADMIN, "proof", code))))
                .containsOnlyKeys("code");
        assertThat(byField(validator.validate(new ConfirmMfaOptIn(REQUEST, ADMIN, code)))).containsOnlyKeys("code");
    }

    @ParameterizedTest
    @NullSource
    void validateWhenTheCodeIsMissingThenNotNullIsReported(String code) {
        assertThat(byField(validator.validate(new VerifyCode(REQUEST, ADMIN, "proof", code))))
                .containsOnlyKeys("code");
    }

    @Test
    void validateWhenTheBeginCommandLacksIdsThenBothAreReported() {
        assertThat(byField(validator.validate(new BeginPhoneChange(null, null))))
                .containsOnlyKeys("adminId", "targetId");
        assertThat(byField(validator.validate(new CancelRequest(null, null))))
                .containsOnlyKeys("requestId", "adminId");
    }

    @Test
    void validateWhenAHostFormCarriesGoodValuesThenNoViolations() {
        assertThat(validator.validate(new HostForm("(201) 555-0122", "+44 20 7946 0018", "123456", "1234")))
                .isEmpty();
        assertThat(validator.validate(new HostForm(null, null, null, null))).isEmpty();
    }

    @Test
    void validateWhenAHostFormCarriesBadValuesThenEachIsReportedWithAMessage() {
        Set<ConstraintViolation<HostForm>> violations = validator.validate(
                new HostForm("555-01", "2015550122", "12345", "12345"));

        Map<String, String> byField = byField(violations);
        assertThat(byField).containsOnlyKeys("usPhone", "anyPhone", "code", "pin");
        assertThat(byField.values()).allSatisfy(message -> assertThat(message).isNotBlank().doesNotStartWith("{"));
    }

    @Test
    void isValidWhenTheRegionIsGivenThenNationalFormsPassOnlyForThatRegion() {
        assertThat(validator.validate(new HostForm("020 7946 0018", null, null, null))).hasSize(1);
        assertThat(validator.validate(new HostForm("201 555 0122", null, null, null))).isEmpty();
    }

    @Test
    void isCodeWhenCalledDirectlyThenAppliesTheSameRuleAsTheFacade() {
        assertThat(VerificationCodeTextValidator.isCode("123456", 6, 6)).isTrue();
        assertThat(VerificationCodeTextValidator.isCode("12345", 6, 6)).isFalse();
        assertThat(VerificationCodeTextValidator.isCode("1234567", 6, 6)).isFalse();
        assertThat(VerificationCodeTextValidator.isCode("12345/", 6, 6)).isFalse();
        assertThat(VerificationCodeTextValidator.isCode("12345:", 6, 6)).isFalse();
    }

    private static <T> Map<String, String> byField(Set<ConstraintViolation<T>> violations) {
        Map<String, String> fields = new TreeMap<>();
        for (ConstraintViolation<T> violation : violations) {
            fields.put(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return fields;
    }
}
