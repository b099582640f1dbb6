package io.github.mfaoverride.adapters.sms.template;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.port.CodeMessage;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the text of a code SMS and the script of a code call from the brand, the code, its validity in minutes and
 * a warning not to share it, in the recipient's language.
 *
 * <p>The wording is chosen by the language of {@link CodeMessage#locale()}: English, Spanish and French are built
 * in, the host may replace them or add others, and an unknown language falls back to the default (English unless
 * set). With {@link Builder#originBoundTo(String)} the SMS ends with the line {@code @host #code}, so that browsers
 * supporting origin-bound one-time codes offer the code only on that site. Placeholders are filled in one pass, so a
 * brand holding {@code {code}} stays literal. Immutable and thread-safe.
 */
public final class CodeTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(brand|code|minutes)}");
    private static final Pattern HOST =
            Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");
    private static final int MAX_BRAND_LENGTH = 30;
    private static final int SECONDS_PER_MINUTE = 60;

    private final String brand;
    private final Map<String, Wording> wordings;
    private final Wording fallback;
    private final String originHost;

    private CodeTemplates(Builder builder) {
        this.brand = builder.brand;
        this.wordings = Map.copyOf(builder.wordings);
        this.fallback = builder.wordings.get(builder.defaultLanguage);
        this.originHost = builder.originHost;
    }

    /**
     * Starts a builder with the built-in English, Spanish and French wordings.
     *
     * @param brand the name the recipient knows the sender by, 1 to 30 characters on one line, not null
     * @return a new builder, never null
     */
    public static Builder builder(String brand) {
        return new Builder(brand);
    }

    /**
     * Builds the SMS text for a message.
     *
     * @param message the message, not null
     * @return the text, never null
     */
    public String smsText(CodeMessage message) {
        requireNonNull(message, "message cannot be null");
        String text = fill(wordingFor(message.locale()).sms().get(message.purpose()), message);
        return originHost == null ? text : text + "\n\n@" + originHost + " #" + message.code();
    }

    /**
     * Builds the script of a call that reads the code digit by digit, twice.
     *
     * @param message the message, not null
     * @return the script, never null
     */
    public VoiceScript voiceScript(CodeMessage message) {
        requireNonNull(message, "message cannot be null");
        Wording wording = wordingFor(message.locale());
        return new VoiceScript(wording.voiceLanguage(), fill(wording.voiceIntro().get(message.purpose()), message),
                message.code().chars().mapToObj(Character::toString).toList(), fill(wording.voiceRepeat(), message),
                fill(wording.voiceClosing(), message));
    }

    /**
     * Returns the minutes of validity a message states: its lifetime rounded up to whole minutes, at least 1.
     *
     * @param message the message, not null
     * @return the minutes, at least 1
     */
    public static long minutesOf(CodeMessage message) {
        long seconds = message.validFor().toSeconds();
        return Math.max(1, (seconds + SECONDS_PER_MINUTE - 1) / SECONDS_PER_MINUTE);
    }

    @Override
    public String toString() {
        return "CodeTemplates[" + brand + ", languages " + wordings.keySet() + "]";
    }

    private Wording wordingFor(Locale locale) {
        return wordings.getOrDefault(locale.getLanguage(), fallback);
    }

    private String fill(String template, CodeMessage message) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = switch (matcher.group(1)) {
                case "brand" -> brand;
                case "code" -> message.code();
                default -> Long.toString(minutesOf(message));
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * Configures the templates. Not thread-safe; use one builder per thread.
     */
    public static final class Builder {

        private final String brand;
        private final Map<String, Wording> wordings = new HashMap<>();
        private String defaultLanguage = Locale.ENGLISH.getLanguage();
        private String originHost;

        private Builder(String brand) {
            requireNonNull(brand, "brand cannot be null");
            if (brand.isBlank() || brand.length() > MAX_BRAND_LENGTH || brand.contains("\n")) {
                throw new IllegalArgumentException("brand must be 1..30 characters on one line");
            }
            this.brand = brand.strip();
            wordings.put("en", Wording.english());
            wordings.put("es", Wording.spanish());
            wordings.put("fr", Wording.french());
        }

        /**
         * Sets or replaces the wording of a language.
         *
         * @param language the language, of which only {@link Locale#getLanguage()} counts, not null
         * @param wording the wording, not null
         * @return this builder
         */
        public Builder wording(Locale language, Wording wording) {
            requireNonNull(language, "language cannot be null");
            requireNonNull(wording, "wording cannot be null");
            wordings.put(language.getLanguage(), wording);
            return this;
        }

        /**
         * Sets the language used when the recipient's has no wording; English unless set.
         *
         * @param language a language that has a wording, not null
         * @return this builder
         */
        public Builder defaultLanguage(Locale language) {
            requireNonNull(language, "language cannot be null");
            if (!wordings.containsKey(language.getLanguage())) {
                throw new IllegalArgumentException("no wording for the default language " + language);
            }
            this.defaultLanguage = language.getLanguage();
            return this;
        }

        /**
         * Ends every SMS with the origin-bound line {@code @host #code}.
         *
         * @param host the site's host name, lower case, for example {@code "example.com"}, not null
         * @return this builder
         */
        public Builder originBoundTo(String host) {
            requireNonNull(host, "host cannot be null");
            if (!HOST.matcher(host).matches()) {
                throw new IllegalArgumentException("host must be a lower-case host name such as example.com");
            }
            this.originHost = host;
            return this;
        }

        /**
         * Builds the templates.
         *
         * @return the templates, never null
         */
        public CodeTemplates build() {
            return new CodeTemplates(this);
        }
    }
}
