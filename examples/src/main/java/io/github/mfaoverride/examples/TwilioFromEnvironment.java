package io.github.mfaoverride.examples;

import io.github.mfaoverride.adapters.sms.template.CodeTemplates;
import io.github.mfaoverride.adapters.sms.twilio.TwilioAccount;
import io.github.mfaoverride.adapters.sms.twilio.TwilioCodeDelivery;
import io.github.mfaoverride.adapters.sms.twilio.TwilioLookupScreening;
import io.github.mfaoverride.port.CodeDelivery;
import io.github.mfaoverride.port.NumberScreening;
import java.util.Map;
import java.util.Optional;

/**
 * Example: wiring Twilio delivery and line-type screening from environment variables. It is compiled by every
 * build so that it cannot drift from the API; CI never runs it, as it needs a real Twilio account.
 *
 * <p>Variables:
 * <ul>
 *   <li>{@code TWILIO_ACCOUNT_SID} (required);</li>
 *   <li>{@code TWILIO_API_KEY_SID} and {@code TWILIO_API_KEY_SECRET}, or else {@code TWILIO_AUTH_TOKEN};</li>
 *   <li>{@code TWILIO_MESSAGING_SERVICE_SID} and/or {@code TWILIO_FROM} (an E.164 number or an alphanumeric
 *       sender ID), and {@code TWILIO_VOICE_FROM} when calls should come from another number;</li>
 *   <li>{@code MFA_BRAND} (required) and {@code MFA_ORIGIN_HOST} (optional, adds the {@code @host #code} line).</li>
 * </ul>
 *
 * <p>A host then hands both to the facade:
 * <pre>{@code
 * Map<String, String> env = System.getenv();
 * MfaOverride mfa = MfaOverride.builder()
 *         .directory(directory).requests(requests).transactions(transactions)
 *         .codeDelivery(TwilioFromEnvironment.codeDelivery(env))
 *         .numberScreening(TwilioFromEnvironment.numberScreening(env))
 *         .secret(secret).build();
 * }</pre>
 * A missing variable fails at start-up with its name, never its value. Stateless and thread-safe.
 */
public final class TwilioFromEnvironment {

    private TwilioFromEnvironment() {
    }

    /**
     * Builds the Twilio code delivery.
     *
     * @param env the environment, usually {@link System#getenv()}, not null
     * @return the delivery, never null
     * @throws IllegalStateException when a required variable is missing
     */
    public static CodeDelivery codeDelivery(Map<String, String> env) {
        TwilioCodeDelivery.Builder builder = TwilioCodeDelivery.builder()
                .account(account(env))
                .templates(templates(env));
        optional(env, "TWILIO_MESSAGING_SERVICE_SID").ifPresent(builder::messagingServiceSid);
        optional(env, "TWILIO_FROM").ifPresent(builder::from);
        optional(env, "TWILIO_VOICE_FROM").ifPresent(builder::voiceFrom);
        return builder.build();
    }

    /**
     * Builds the Twilio Lookup screening.
     *
     * @param env the environment, usually {@link System#getenv()}, not null
     * @return the screening, never null
     * @throws IllegalStateException when a required variable is missing
     */
    public static NumberScreening numberScreening(Map<String, String> env) {
        return TwilioLookupScreening.builder().account(account(env)).build();
    }

    private static TwilioAccount account(Map<String, String> env) {
        String accountSid = required(env, "TWILIO_ACCOUNT_SID");
        if (optional(env, "TWILIO_API_KEY_SID").isPresent()) {
            return TwilioAccount.withApiKey(accountSid, required(env, "TWILIO_API_KEY_SID"),
                    required(env, "TWILIO_API_KEY_SECRET"));
        }
        return TwilioAccount.withAuthToken(accountSid, required(env, "TWILIO_AUTH_TOKEN"));
    }

    private static CodeTemplates templates(Map<String, String> env) {
        CodeTemplates.Builder templates = CodeTemplates.builder(required(env, "MFA_BRAND"));
        optional(env, "MFA_ORIGIN_HOST").ifPresent(templates::originBoundTo);
        return templates.build();
    }

    private static String required(Map<String, String> env, String name) {
        return optional(env, name).orElseThrow(() -> new IllegalStateException("environment variable " + name
                + " is not set"));
    }

    private static Optional<String> optional(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
    }
}
