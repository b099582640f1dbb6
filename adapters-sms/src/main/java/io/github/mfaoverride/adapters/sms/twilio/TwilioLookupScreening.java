package io.github.mfaoverride.adapters.sms.twilio;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.PhoneLineType;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.port.NumberRejection;
import io.github.mfaoverride.port.NumberScreening;
import io.github.mfaoverride.port.NumberVerdict;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screens numbers with Twilio Lookup v2 line type intelligence
 * ({@code GET /v2/PhoneNumbers/{number}?Fields=line_type_intelligence}).
 *
 * <p>The line type Twilio reports refines the number's type ({@code mobile} to {@link PhoneLineType#MOBILE},
 * {@code landline} to {@link PhoneLineType#FIXED_LINE}, {@code fixedVoip} and {@code nonFixedVoip} to
 * {@link PhoneLineType#VOIP}, and so on); a type the delivery method cannot reach is rejected as
 * {@link NumberRejection#LINE_TYPE_NOT_ALLOWED}, as is a non-fixed VoIP number (easily obtained in bulk) unless
 * allowed. A number Twilio calls invalid is {@link NumberRejection#NOT_IN_SERVICE}; an unknown type is
 * {@link NumberRejection#NOT_VERIFIABLE}. When the lookup cannot be made (network, credentials, rate limit) the
 * number is rejected as not verifiable unless the host chose to accept it. A lookup is made once, with no retry.
 * Thread-safe.
 */
public final class TwilioLookupScreening implements NumberScreening {

    /** The source named in verdicts. */
    public static final String SOURCE = "twilio-lookup";

    private static final Logger LOG = LoggerFactory.getLogger(TwilioLookupScreening.class);
    private static final int HTTP_NOT_FOUND = 404;
    private static final Map<String, PhoneLineType> LINE_TYPES = Map.ofEntries(
            Map.entry("mobile", PhoneLineType.MOBILE),
            Map.entry("landline", PhoneLineType.FIXED_LINE),
            Map.entry("fixedVoip", PhoneLineType.VOIP),
            Map.entry("nonFixedVoip", PhoneLineType.VOIP),
            Map.entry("tollFree", PhoneLineType.TOLL_FREE),
            Map.entry("premium", PhoneLineType.PREMIUM_RATE),
            Map.entry("sharedCost", PhoneLineType.SHARED_COST),
            Map.entry("personal", PhoneLineType.PERSONAL_NUMBER),
            Map.entry("pager", PhoneLineType.PAGER),
            Map.entry("voicemail", PhoneLineType.VOICEMAIL),
            Map.entry("uan", PhoneLineType.UAN),
            Map.entry("unknown", PhoneLineType.UNKNOWN));

    private final TwilioHttp http;
    private final URI baseUrl;
    private final boolean allowNonFixedVoip;
    private final boolean acceptWhenUnavailable;

    private TwilioLookupScreening(Builder builder) {
        this.http = new TwilioHttp(builder.account, builder.connectTimeout, builder.requestTimeout);
        this.baseUrl = builder.baseUrl;
        this.allowNonFixedVoip = builder.allowNonFixedVoip;
        this.acceptWhenUnavailable = builder.acceptWhenUnavailable;
    }

    /**
     * Starts a builder.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Maps a Lookup v2 line type onto the core's line types.
     *
     * @param twilioType the {@code line_type_intelligence.type} value, not null
     * @return the line type, {@link PhoneLineType#UNKNOWN} for a value not known here; never null
     */
    public static PhoneLineType lineTypeOf(String twilioType) {
        return LINE_TYPES.getOrDefault(requireNonNull(twilioType, "twilioType cannot be null"), PhoneLineType.UNKNOWN);
    }

    @Override
    public NumberVerdict screen(PhoneNumber number, DeliveryMethod method) {
        requireNonNull(number, "number cannot be null");
        requireNonNull(method, "method cannot be null");
        URI uri = baseUrl.resolve("/v2/PhoneNumbers/" + number.e164() + "?Fields=line_type_intelligence");
        TwilioHttp.Reply reply;
        try {
            reply = http.get(uri);
        } catch (IOException e) {
            return unavailable(number, "I/O failure: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable(number, "interrupted");
        }

        if (reply.status() == HTTP_NOT_FOUND) {
            return rejected(number, NumberRejection.NOT_IN_SERVICE, "not found");
        }
        if (!reply.isSuccess()) {
            return unavailable(number, "HTTP " + reply.status());
        }
        Optional<Map<String, Object>> body = Json.parseObject(reply.body());
        if (body.isEmpty()) {
            return unavailable(number, "unreadable answer");
        }
        return judge(number, method, body.get());
    }

    private NumberVerdict judge(PhoneNumber number, DeliveryMethod method, Map<String, Object> body) {
        if (Boolean.FALSE.equals(body.get("valid"))) {
            return rejected(number, NumberRejection.NOT_IN_SERVICE, "invalid");
        }
        Optional<String> type = Json.object(body, "line_type_intelligence").flatMap(info -> Json.string(info, "type"));
        PhoneLineType lineType = type.map(TwilioLookupScreening::lineTypeOf).orElse(PhoneLineType.UNKNOWN);
        if (lineType == PhoneLineType.UNKNOWN) {
            return rejected(number, NumberRejection.NOT_VERIFIABLE, "line type unknown");
        }
        if (type.get().equals("nonFixedVoip") && !allowNonFixedVoip) {
            return rejected(number, NumberRejection.LINE_TYPE_NOT_ALLOWED, "non-fixed VoIP");
        }
        if (!method.canReach(lineType)) {
            return rejected(number, NumberRejection.LINE_TYPE_NOT_ALLOWED, lineType + " by " + method);
        }
        LOG.debug("Twilio Lookup: {} is {}", number, lineType);
        return new NumberVerdict.Accepted(number.withLineType(lineType), SOURCE);
    }

    private NumberVerdict rejected(PhoneNumber number, NumberRejection reason, String why) {
        LOG.info("Twilio Lookup rejected {}: {} ({})", number, reason, why);
        return new NumberVerdict.Rejected(reason, SOURCE);
    }

    private NumberVerdict unavailable(PhoneNumber number, String why) {
        LOG.warn("Twilio Lookup unavailable for {} ({}); {}", number, why,
                acceptWhenUnavailable ? "accepting it unchecked" : "rejecting it as not verifiable");
        return acceptWhenUnavailable
                ? new NumberVerdict.Accepted(number, SOURCE + "-unavailable")
                : new NumberVerdict.Rejected(NumberRejection.NOT_VERIFIABLE, SOURCE);
    }

    /**
     * Configures a {@link TwilioLookupScreening}. Not thread-safe; use one builder per thread.
     */
    public static final class Builder {

        private TwilioAccount account;
        private URI baseUrl = URI.create("https://lookups.twilio.com");
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(10);
        private boolean allowNonFixedVoip;
        private boolean acceptWhenUnavailable;

        private Builder() {
        }

        /**
         * Sets the account and its credentials; required.
         *
         * @param account the account, not null
         * @return this builder
         */
        public Builder account(TwilioAccount account) {
            this.account = requireNonNull(account, "account cannot be null");
            return this;
        }

        /**
         * Sets the Lookup API's base URL; {@code https://lookups.twilio.com} unless set.
         *
         * @param baseUrl scheme, host and optional port, not null
         * @return this builder
         */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = requireNonNull(baseUrl, "baseUrl cannot be null");
            return this;
        }

        /**
         * Sets how long to wait for a connection; 5 s unless set.
         *
         * @param timeout positive, not null
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = TwilioCodeDelivery.Builder.positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * Sets how long to wait for an answer; 10 s unless set.
         *
         * @param timeout positive, not null
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = TwilioCodeDelivery.Builder.positive(timeout, "requestTimeout");
            return this;
        }

        /**
         * Accepts non-fixed VoIP numbers, which are rejected unless set.
         *
         * @param allow true to accept them
         * @return this builder
         */
        public Builder allowNonFixedVoip(boolean allow) {
            this.allowNonFixedVoip = allow;
            return this;
        }

        /**
         * Accepts a number unchecked when the lookup cannot be made; such numbers are rejected as not verifiable
         * unless set.
         *
         * @param accept true to accept them
         * @return this builder
         */
        public Builder acceptWhenUnavailable(boolean accept) {
            this.acceptWhenUnavailable = accept;
            return this;
        }

        /**
         * Builds the screening.
         *
         * @return the screening, never null
         * @throws IllegalStateException when the account is missing
         */
        public TwilioLookupScreening build() {
            if (account == null) {
                throw new IllegalStateException("account is required");
            }
            return new TwilioLookupScreening(this);
        }
    }
}
