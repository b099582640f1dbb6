package io.github.mfaoverride.adapters.sms.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mfaoverride.adapters.sms.TestMessages;
import io.github.mfaoverride.adapters.sms.template.SmsSegments.Encoding;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.port.CodeMessage;
import io.github.mfaoverride.port.CodePurpose;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CodeTemplatesTest {

    private final CodeTemplates templates = CodeTemplates.builder("Acme").build();

    @Test
    void smsTextWhenEnglishThenHoldsBrandCodeMinutesAndWarning() {
        assertThat(templates.smsText(TestMessages.sms())).isEqualTo(
                "Acme: 482913 is your code to confirm your new phone number. Valid 5 min. Do not share it.");
    }

    @Test
    void smsTextWhenSpanishOrFrenchThenUsesThatLanguage() {
        assertThat(templates.smsText(message(new Locale("es", "MX"), CodePurpose.PHONE_CHANGE))).isEqualTo(
                "Acme: 482913 es tu clave para confirmar tu nuevo teléfono. Vale 5 min. No la compartas.");
        assertThat(templates.smsText(message(Locale.FRANCE, CodePurpose.PHONE_CHANGE))).isEqualTo(
                "Acme : 482913 est votre code pour confirmer votre nouveau numéro. Valable 5 min. "
                        + "Ne le partagez pas.");
    }

    @Test
    void smsTextWhenPurposeDiffersThenWordingDiffers() {
        String phoneChange = templates.smsText(message(Locale.ENGLISH, CodePurpose.PHONE_CHANGE));
        String stepUp = templates.smsText(message(Locale.ENGLISH, CodePurpose.STEP_UP));
        String optIn = templates.smsText(message(Locale.ENGLISH, CodePurpose.MFA_OPT_IN));

        assertThat(stepUp).contains("before editing a user").isNotEqualTo(phoneChange);
        assertThat(optIn).contains("add this phone to your sign-in").isNotEqualTo(phoneChange);
    }

    @Test
    void smsTextWhenLanguageHasNoWordingThenFallsBackToTheDefault() {
        CodeTemplates frenchFirst = CodeTemplates.builder("Acme").defaultLanguage(Locale.FRENCH).build();

        assertThat(templates.smsText(message(Locale.JAPANESE, CodePurpose.PHONE_CHANGE))).startsWith("Acme: 482913 is");
        assertThat(frenchFirst.smsText(message(Locale.GERMAN, CodePurpose.PHONE_CHANGE))).contains("est votre code");
    }

    @Test
    void smsTextWhenHostOverridesALanguageThenUsesTheHostsWords() {
        String text = "{code} = {brand} Code, {minutes} Min. gültig. Nicht weitergeben.";
        Wording german = new Wording("de-DE", Map.of(CodePurpose.PHONE_CHANGE, text, CodePurpose.STEP_UP, text,
                CodePurpose.MFA_OPT_IN, text), Map.of(CodePurpose.PHONE_CHANGE, "Ihr Code lautet", CodePurpose.STEP_UP,
                "Ihr Code lautet", CodePurpose.MFA_OPT_IN, "Ihr Code lautet"), "Noch einmal", "Auf Wiederhören.");
        CodeTemplates withGerman = CodeTemplates.builder("Acme").wording(Locale.GERMAN, german).build();

        assertThat(withGerman.smsText(message(Locale.GERMANY, CodePurpose.PHONE_CHANGE)))
                .isEqualTo("482913 = Acme Code, 5 Min. gültig. Nicht weitergeben.");
    }

    @Test
    void smsTextWhenOriginBoundThenEndsWithTheWebOtpLine() {
        CodeTemplates bound = CodeTemplates.builder("Acme").originBoundTo("example.com").build();

        assertThat(bound.smsText(TestMessages.sms())).endsWith("Do not share it.\n\n@example.com #482913");
    }

    @Test
    void smsTextWhenBrandHoldsAPlaceholderThenKeepsItLiteral() {
        CodeTemplates tricky = CodeTemplates.builder("{code}{minutes}").build();

        assertThat(tricky.smsText(TestMessages.sms())).startsWith("{code}{minutes}: 482913 is");
    }

    @Test
    void smsTextWhenLifetimeIsNotWholeMinutesThenRoundsUp() {
        CodeMessage message = new CodeMessage(PhoneNumber.ofE164(TestMessages.US_NUMBER), DeliveryMethod.SMS,
                Locale.ENGLISH, "123456", Duration.ofSeconds(61), CodePurpose.PHONE_CHANGE, "r");

        assertThat(templates.smsText(message)).contains("Valid 2 min.");
    }

    static Stream<Arguments> builtInTexts() {
        return Stream.of(Locale.ENGLISH, new Locale("es"), Locale.FRENCH).flatMap(locale ->
                Stream.of(CodePurpose.values()).map(purpose -> Arguments.of(locale, purpose)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("builtInTexts")
    void smsTextWhenBuiltInWordingThenFitsOneGsm7SegmentWithALongBrandCodeAndOrigin(Locale locale,
            CodePurpose purpose) {
        CodeTemplates longest = CodeTemplates.builder("Contoso Payroll Corp").originBoundTo("id.contoso-corp1.com")
                .build();
        CodeMessage message = new CodeMessage(PhoneNumber.ofE164(TestMessages.US_NUMBER), DeliveryMethod.SMS,
                locale, "1234567890", Duration.ofMinutes(120), purpose, "r");

        SmsSegments.Segmentation segmentation = SmsSegments.of(longest.smsText(message));

        assertThat(segmentation.encoding()).isEqualTo(Encoding.GSM7);
        assertThat(segmentation.segments()).as("%s", longest.smsText(message)).isEqualTo(1);
    }

    @Test
    void voiceScriptWhenEnglishThenReadsEachDigitInTheLocalesLanguage() {
        VoiceScript script = templates.voiceScript(TestMessages.voice());

        assertThat(script.language()).isEqualTo("en-US");
        assertThat(script.intro()).isEqualTo("Hello. This is Acme. Your code to confirm your new phone number is:");
        assertThat(script.digits()).containsExactly("4", "8", "2", "9", "1", "3");
        assertThat(script.closing()).contains("5 minutes").contains("Do not share");
        assertThat(script.toString()).doesNotContain("482913");
    }

    @Test
    void voiceScriptWhenSpanishOrFrenchThenSpeaksThatLanguage() {
        CodeMessage spanish = TestMessages.message(DeliveryMethod.VOICE, new Locale("es"), CodePurpose.STEP_UP);
        CodeMessage french = TestMessages.message(DeliveryMethod.VOICE, Locale.FRENCH, CodePurpose.STEP_UP);

        assertThat(templates.voiceScript(spanish).language()).isEqualTo("es-ES");
        assertThat(templates.voiceScript(spanish).intro()).contains("código para editar la cuenta");
        assertThat(templates.voiceScript(french).language()).isEqualTo("fr-FR");
        assertThat(templates.voiceScript(french).repeat()).contains("répète");
    }

    @Test
    void voiceScriptWhenPurposeDiffersThenIntroDiffers() {
        String stepUp = templates.voiceScript(TestMessages.message(DeliveryMethod.VOICE, Locale.ENGLISH,
                CodePurpose.STEP_UP)).intro();
        String optIn = templates.voiceScript(TestMessages.message(DeliveryMethod.VOICE, Locale.ENGLISH,
                CodePurpose.MFA_OPT_IN)).intro();

        assertThat(stepUp).contains("before editing a user");
        assertThat(optIn).contains("add this phone to your sign-in");
    }

    @Test
    void builderWhenInputIsBadThenFails() {
        assertThatThrownBy(() -> CodeTemplates.builder(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodeTemplates.builder("a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodeTemplates.builder("Acme").originBoundTo("https://example.com"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodeTemplates.builder("Acme").defaultLanguage(Locale.GERMAN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Wording("en-US", Map.of(CodePurpose.PHONE_CHANGE, "no code"), Map.of(), "", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CodeMessage message(Locale locale, CodePurpose purpose) {
        return TestMessages.message(DeliveryMethod.SMS, locale, purpose);
    }
}
