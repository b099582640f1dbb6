package io.github.mfaoverride.adapters.sms.template;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a voice call says, in order, as plain text; a voice adapter turns it into its own markup and escapes it.
 *
 * <p>{@link #toString()} leaves out the code. Immutable and thread-safe.
 *
 * @param language the language tag to read in, for example {@code "en-US"}, not null
 * @param intro what comes before the code, not null
 * @param digits the code's digits, each read on its own, not null
 * @param repeat what comes before the code is read again, not null
 * @param closing what comes last, not null
 */
public record VoiceScript(String language, String intro, List<String> digits, String repeat, String closing) {

    /** Checks that no component is null. */
    public VoiceScript {
        requireNonNull(language, "language cannot be null");
        requireNonNull(intro, "intro cannot be null");
        requireNonNull(repeat, "repeat cannot be null");
        requireNonNull(closing, "closing cannot be null");
        digits = List.copyOf(requireNonNull(digits, "digits cannot be null"));
    }

    @Override
    public String toString() {
        return "VoiceScript[" + language + ", " + digits.size() + " digits]";
    }
}
