package io.github.mfaoverride.adapters.sms.twilio;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.adapters.sms.AttemptOutcome;
import io.github.mfaoverride.adapters.sms.RetryPolicy;
import io.github.mfaoverride.adapters.sms.RetryingCodeDelivery;
import io.github.mfaoverride.adapters.sms.Sleeper;
import io.github.mfaoverride.adapters.sms.template.CodeTemplates;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.port.CodeDelivery;
import io.github.mfaoverride.port.CodeMessage;
import io.github.mfaoverride.port.DeliveryOutcome;
import io.github.mfaoverride.port.DeliveryRefusal;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers codes through Twilio: SMS with Programmable Messaging ({@code POST .../Messages.json}) and voice with
 * Programmable Voice ({@code POST .../Calls.json} carrying TwiML that reads the code).
 *
 * <p>Retries follow the {@link RetryPolicy} (see {@link RetryingCodeDelivery}): a 429 or a refused connection is
 * retried honouring Retry-After, a 5xx or a read timeout at most once. Twilio's errors map onto
 * {@link DeliveryRefusal}: 21211 invalid number, 21614 not a mobile number (voice may still work), 21610 opted
 * out, 21408 region not permitted, 20003, HTTP 401 or HTTP 404 (a wrong account SID) configuration; any other
 * 4xx is {@link DeliveryRefusal#OTHER} with the Twilio code in its detail. The SMS asks Twilio to drop the message once
 * the code has expired ({@code ValidityPeriod}). Logs show the masked number and the request reference, never the
 * code, the number or a credential. Thread-safe.
 */
public final class TwilioCodeDelivery implements CodeDelivery {

    /** The provider name in outcomes and logs. */
    public static final String PROVIDER = "twilio";

    private static final Logger LOG = LoggerFactory.getLogger(TwilioCodeDelivery.class);
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern ALPHANUMERIC_SENDER = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}");
    private static final Pattern MESSAGING_SERVICE_SID = Pattern.compile("MG[0-9a-fA-F]{32}");
    private static final int MAX_BODY = 1600;
    private static final int MAX_TWIML = 4000;
    private static final long MAX_VALIDITY_SECONDS = 36_000;
    private static final int CALL_TIME_LIMIT_SECONDS = 120;

    private final TwilioAccount account;
    private final TwilioHttp http;
    private final URI baseUrl;
    private final CodeTemplates templates;
    private final String from;
    private final String messagingServiceSid;
    private final String voiceFrom;
    private final Duration ringTimeout;
    private final URI statusCallback;
    private final Clock clock;
    private final CodeDelivery retrying;

    private TwilioCodeDelivery(Builder builder) {
        this.account = builder.account;
        this.http = new TwilioHttp(builder.account, builder.connectTimeout, builder.requestTimeout);
        this.baseUrl = builder.baseUrl;
        this.templates = builder.templates;
        this.from = builder.from;
        this.messagingServiceSid = builder.messagingServiceSid;
        this.voiceFrom = builder.voiceFrom != null ? builder.voiceFrom
                : builder.from != null && E164.matcher(builder.from).matches() ? builder.from : null;
        this.ringTimeout = builder.ringTimeout;
        this.statusCallback = builder.statusCallback;
        this.clock = builder.clock;
        this.retrying = new RetryingCodeDelivery(PROVIDER, this::attempt, builder.retryPolicy, builder.clock,
                builder.sleeper);
    }

    /**
     * Starts a builder.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public DeliveryOutcome deliver(CodeMessage message) {
        requireNonNull(message, "message cannot be null");
        DeliveryOutcome outcome = retrying.deliver(message);
        LOG.info("Twilio {} {} to {}: {}", message.method(), message.reference(), message.destination(), outcome);
        return outcome;
    }

    @Override
    public String toString() {
        return "TwilioCodeDelivery[" + account + ", " + baseUrl + "]";
    }

    private AttemptOutcome attempt(CodeMessage message) {
        return message.method() == DeliveryMethod.SMS ? sendSms(message) : call(message);
    }

    private AttemptOutcome sendSms(CodeMessage message) {
        if (from == null && messagingServiceSid == null) {
            return refused(DeliveryRefusal.CONFIGURATION, "no SMS sender configured");
        }
        String body = templates.smsText(message);
        if (body.length() > MAX_BODY) {
            return refused(DeliveryRefusal.CONFIGURATION, "SMS text longer than 1600 characters");
        }

        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", message.destination().e164());
        if (messagingServiceSid != null) {
            form.put("MessagingServiceSid", messagingServiceSid);
        }
        if (from != null) {
            form.put("From", from);
        }
        form.put("Body", body);
        form.put("ValidityPeriod", Long.toString(validitySeconds(message)));
        if (statusCallback != null) {
            form.put("StatusCallback", statusCallback.toString());
        }
        return post("Messages.json", form, message);
    }

    private AttemptOutcome call(CodeMessage message) {
        if (voiceFrom == null) {
            return refused(DeliveryRefusal.CONFIGURATION, "no voice caller number configured");
        }
        String twiml = Twiml.of(templates.voiceScript(message));
        if (twiml.length() > MAX_TWIML) {
            return refused(DeliveryRefusal.CONFIGURATION, "TwiML longer than 4000 characters");
        }

        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", message.destination().e164());
        form.put("From", voiceFrom);
        form.put("Twiml", twiml);
        form.put("Timeout", Long.toString(ringTimeout.toSeconds()));
        form.put("TimeLimit", Integer.toString(CALL_TIME_LIMIT_SECONDS));
        if (statusCallback != null) {
            form.put("StatusCallback", statusCallback.toString());
        }
        return post("Calls.json", form, message);
    }

    private AttemptOutcome post(String resource, Map<String, String> form, CodeMessage message) {
        URI uri = baseUrl.resolve("/2010-04-01/Accounts/" + account.accountSid() + "/" + resource);
        TwilioHttp.Reply reply;
        try {
            reply = http.postForm(uri, form);
        } catch (IOException e) {
            return TwilioErrors.ofException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new AttemptOutcome.Final(
                    new DeliveryOutcome.TransientFailure("interrupted while calling Twilio", Optional.empty()));
        }

        if (!reply.isSuccess()) {
            AttemptOutcome failure = TwilioErrors.ofReply(reply, clock);
            LOG.debug("Twilio answered {} for {}: {}", reply.status(), message.reference(), failure);
            return failure;
        }
        Optional<String> sid = Json.parseObject(reply.body()).flatMap(body -> Json.string(body, "sid"));
        if (sid.isEmpty()) {
            LOG.warn("Twilio accepted {} (HTTP {}) but its answer had no sid", message.reference(), reply.status());
        }
        return new AttemptOutcome.Final(new DeliveryOutcome.Accepted(PROVIDER, sid.orElse("unknown")));
    }

    private static long validitySeconds(CodeMessage message) {
        return Math.max(1, Math.min(MAX_VALIDITY_SECONDS, message.validFor().toSeconds()));
    }

    private static AttemptOutcome refused(DeliveryRefusal reason, String detail) {
        return new AttemptOutcome.Final(new DeliveryOutcome.Refused(reason, detail));
    }

    /**
     * Configures a {@link TwilioCodeDelivery}. Not thread-safe; use one builder per thread. Its
     * {@link #toString()} shows no credential.
     */
    public static final class Builder {

        private TwilioAccount account;
        private CodeTemplates templates;
        private String from;
        private String messagingServiceSid;
        private String voiceFrom;
        private URI baseUrl = URI.create("https://api.twilio.com");
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(10);
        private Duration ringTimeout = Duration.ofSeconds(30);
        private URI statusCallback;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.threadSleep();

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
         * Sets the wording of messages and calls; required.
         *
         * @param templates the templates, not null
         * @return this builder
         */
        public Builder templates(CodeTemplates templates) {
            this.templates = requireNonNull(templates, "templates cannot be null");
            return this;
        }

        /**
         * Sets the sender of SMS: a Twilio number in E.164 form (which also places calls unless
         * {@link #voiceFrom(String)} is set) or an alphanumeric sender ID of up to 11 characters.
         *
         * @param sender the sender, not null
         * @return this builder
         */
        public Builder from(String sender) {
            requireNonNull(sender, "sender cannot be null");
            if (!E164.matcher(sender).matches() && !ALPHANUMERIC_SENDER.matcher(sender).matches()) {
                throw new IllegalArgumentException("sender must be an E.164 number or an alphanumeric sender ID");
            }
            this.from = sender;
            return this;
        }

        /**
         * Sends SMS through a Messaging Service, which picks the sender from its pool.
         *
         * @param sid the Messaging Service SID, {@code MG} and 32 hex digits, not null
         * @return this builder
         */
        public Builder messagingServiceSid(String sid) {
            requireNonNull(sid, "sid cannot be null");
            if (!MESSAGING_SERVICE_SID.matcher(sid).matches()) {
                throw new IllegalArgumentException("messagingServiceSid must be MG followed by 32 hex digits");
            }
            this.messagingServiceSid = sid;
            return this;
        }

        /**
         * Sets the number that places voice calls, when it differs from the SMS sender.
         *
         * @param number a Twilio number in E.164 form, not null
         * @return this builder
         */
        public Builder voiceFrom(String number) {
            requireNonNull(number, "number cannot be null");
            if (!E164.matcher(number).matches()) {
                throw new IllegalArgumentException("voiceFrom must be an E.164 number");
            }
            this.voiceFrom = number;
            return this;
        }

        /**
         * Sets the API's base URL; {@code https://api.twilio.com} unless set (tests point it at a local server).
         *
         * @param baseUrl scheme, host and optional port, not null
         * @return this builder
         */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = requireNonNull(baseUrl, "baseUrl cannot be null");
            return this;
        }

        /**
         * Sets how long to wait for a connection; 5 s unless set. A connection not made is retried safely.
         *
         * @param timeout positive, not null
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * Sets how long to wait for an answer once connected; 10 s unless set. No answer in time is ambiguous.
         *
         * @param timeout positive, not null
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "requestTimeout");
            return this;
        }

        /**
         * Sets how long a code call rings before giving up; 30 s unless set.
         *
         * @param timeout 5 to 600 seconds, not null
         * @return this builder
         */
        public Builder ringTimeout(Duration timeout) {
            positive(timeout, "ringTimeout");
            if (timeout.toSeconds() < 5 || timeout.toSeconds() > 600) {
                throw new IllegalArgumentException("ringTimeout must be 5..600 s, but was " + timeout);
            }
            this.ringTimeout = timeout;
            return this;
        }

        /**
         * Asks Twilio to report delivery status to a URL of the host.
         *
         * @param url the callback URL, not null
         * @return this builder
         */
        public Builder statusCallback(URI url) {
            this.statusCallback = requireNonNull(url, "url cannot be null");
            return this;
        }

        /**
         * Sets the retry policy; {@link RetryPolicy#defaults()} unless set.
         *
         * @param policy the policy, not null
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = requireNonNull(policy, "policy cannot be null");
            return this;
        }

        /**
         * Sets the clock; the system clock unless set.
         *
         * @param clock the clock, not null
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock cannot be null");
            return this;
        }

        /**
         * Sets how to wait between attempts; {@link Sleeper#threadSleep()} unless set.
         *
         * @param sleeper the sleeper, not null
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = requireNonNull(sleeper, "sleeper cannot be null");
            return this;
        }

        /**
         * Builds the delivery.
         *
         * @return the delivery, never null
         * @throws IllegalStateException when the account, the templates or every sender is missing
         */
        public TwilioCodeDelivery build() {
            if (account == null || templates == null) {
                throw new IllegalStateException("account and templates are required");
            }
            if (from == null && messagingServiceSid == null && voiceFrom == null) {
                throw new IllegalStateException("a sender is required: from, messagingServiceSid or voiceFrom");
            }
            return new TwilioCodeDelivery(this);
        }

        @Override
        public String toString() {
            return "TwilioCodeDelivery.Builder[" + account + ", " + baseUrl + "]";
        }

        static Duration positive(Duration value, String name) {
            requireNonNull(value, name + " cannot be null");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, but was " + value);
            }
            return value;
        }
    }
}
