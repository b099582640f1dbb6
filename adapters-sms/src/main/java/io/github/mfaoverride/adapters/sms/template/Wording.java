package io.github.mfaoverride.adapters.sms.template;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.port.CodePurpose;
import java.util.Map;

/**
 * The words of code messages in one language. Texts may use the placeholders {@code {brand}}, {@code {code}} and
 * {@code {minutes}}; each SMS text must hold {@code {code}}.
 *
 * <p>The built-in texts stay within one GSM-7 segment for a brand of up to 20 characters, a code of up to 10 digits
 * and an origin line for a host of up to 20 characters (see the segment test); they avoid characters outside GSM-7,
 * which would halve the room. Immutable and thread-safe.
 *
 * @param voiceLanguage the language tag the voice engine reads in, for example {@code "en-US"}, not null
 * @param sms the SMS text for each purpose, one per {@link CodePurpose}, not null
 * @param voiceIntro what the call says before the code, for each purpose, one per {@link CodePurpose}, not null
 * @param voiceRepeat what the call says before reading the code again, not null
 * @param voiceClosing what the call says last, not null
 */
public record Wording(
        String voiceLanguage,
        Map<CodePurpose, String> sms,
        Map<CodePurpose, String> voiceIntro,
        String voiceRepeat,
        String voiceClosing) {

    /** Checks that no component is null, that every purpose has its texts and that each SMS text holds the code. */
    public Wording {
        requireNonNull(voiceLanguage, "voiceLanguage cannot be null");
        requireNonNull(sms, "sms cannot be null");
        requireNonNull(voiceIntro, "voiceIntro cannot be null");
        requireNonNull(voiceRepeat, "voiceRepeat cannot be null");
        requireNonNull(voiceClosing, "voiceClosing cannot be null");
        for (CodePurpose purpose : CodePurpose.values()) {
            String text = sms.get(purpose);
            if (text == null || !text.contains("{code}")) {
                throw new IllegalArgumentException("sms text for " + purpose + " must contain {code}");
            }
            if (voiceIntro.get(purpose) == null) {
                throw new IllegalArgumentException("voice intro for " + purpose + " is missing");
            }
        }
        sms = Map.copyOf(sms);
        voiceIntro = Map.copyOf(voiceIntro);
    }

    /**
     * Returns the built-in English wording.
     *
     * @return the wording, never null
     */
    public static Wording english() {
        return new Wording("en-US", Map.of(
                CodePurpose.PHONE_CHANGE,
                "{brand}: {code} is your code to confirm your new phone number. Valid {minutes} min. "
                        + "Do not share it.",
                CodePurpose.STEP_UP,
                "{brand}: {code} is your code to confirm it is you before editing a user. Valid {minutes} min. "
                        + "Do not share it.",
                CodePurpose.MFA_OPT_IN,
                "{brand}: {code} is your code to add this phone to your sign-in. Valid {minutes} min. "
                        + "Do not share it."),
                Map.of(CodePurpose.PHONE_CHANGE,
                        "Hello. This is {brand}. Your code to confirm your new phone number is:",
                        CodePurpose.STEP_UP,
                        "Hello. This is {brand}. Your code to confirm it is you before editing a user is:",
                        CodePurpose.MFA_OPT_IN,
                        "Hello. This is {brand}. Your code to add this phone to your sign-in is:"),
                "Once again, your code is:",
                "It is valid for {minutes} minutes. Do not share it with anyone. Goodbye.");
    }

    /**
     * Returns the built-in Spanish wording.
     *
     * @return the wording, never null
     */
    public static Wording spanish() {
        return new Wording("es-ES", Map.of(
                CodePurpose.PHONE_CHANGE,
                "{brand}: {code} es tu clave para confirmar tu nuevo teléfono. Vale {minutes} min. "
                        + "No la compartas.",
                CodePurpose.STEP_UP,
                "{brand}: {code} es tu clave para editar la cuenta de otra persona. Vale {minutes} min. "
                        + "No la compartas.",
                CodePurpose.MFA_OPT_IN,
                "{brand}: {code} es tu clave para proteger tu acceso con este teléfono. Vale {minutes} min. "
                        + "No la compartas."),
                Map.of(CodePurpose.PHONE_CHANGE,
                        "Hola. Le llama {brand}. Su código para confirmar su nuevo teléfono es:",
                        CodePurpose.STEP_UP,
                        "Hola. Le llama {brand}. Su código para editar la cuenta de otra persona es:",
                        CodePurpose.MFA_OPT_IN,
                        "Hola. Le llama {brand}. Su código para proteger su acceso con este teléfono es:"),
                "Repito, su código es:",
                "Es válido durante {minutes} minutos. No lo comparta con nadie. Adiós.");
    }

    /**
     * Returns the built-in French wording.
     *
     * @return the wording, never null
     */
    public static Wording french() {
        return new Wording("fr-FR", Map.of(
                CodePurpose.PHONE_CHANGE,
                "{brand} : {code} est votre code pour confirmer votre nouveau numéro. Valable {minutes} min. "
                        + "Ne le partagez pas.",
                CodePurpose.STEP_UP,
                "{brand} : {code} est votre code pour modifier le compte d'un autre. Valable {minutes} min. "
                        + "Ne le partagez pas.",
                CodePurpose.MFA_OPT_IN,
                "{brand} : {code} est votre code pour protéger votre connexion. Valable {minutes} min. "
                        + "Ne le partagez pas."),
                Map.of(CodePurpose.PHONE_CHANGE,
                        "Bonjour. Ici {brand}. Votre code pour confirmer votre nouveau numéro est :",
                        CodePurpose.STEP_UP,
                        "Bonjour. Ici {brand}. Votre code pour modifier le compte d'un autre est :",
                        CodePurpose.MFA_OPT_IN,
                        "Bonjour. Ici {brand}. Votre code pour protéger votre connexion est :"),
                "Je répète, votre code est :",
                "Il est valable {minutes} minutes. Ne le communiquez à personne. Au revoir.");
    }
}
