package io.github.mfaoverride.adapters.sms.twilio;

import io.github.mfaoverride.adapters.sms.template.VoiceScript;

/**
 * Builds the TwiML of a code call: each part in its own {@code <Say>}, a pause between parts, the code read digit
 * by digit (digits separated by commas, since a run of digits is read as one number) and read twice. Every piece of
 * text is XML-escaped. Stateless and thread-safe.
 */
final class Twiml {

    private static final String PAUSE = "<Pause length=\"1\"/>";

    private Twiml() {
    }

    static String of(VoiceScript script) {
        String digits = String.join(", ", script.digits()) + ".";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>"
                + say(script, script.intro()) + PAUSE
                + say(script, digits) + PAUSE
                + say(script, script.repeat()) + PAUSE
                + say(script, digits) + PAUSE
                + say(script, script.closing())
                + "</Response>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String say(VoiceScript script, String text) {
        return "<Say language=\"" + escape(script.language()) + "\">" + escape(text) + "</Say>";
    }
}
