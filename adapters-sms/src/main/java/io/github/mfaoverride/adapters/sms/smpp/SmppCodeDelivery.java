package io.github.mfaoverride.adapters.sms.smpp;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.adapters.sms.AttemptOutcome;
import io.github.mfaoverride.adapters.sms.RetryPolicy;
import io.github.mfaoverride.adapters.sms.RetryingCodeDelivery;
import io.github.mfaoverride.adapters.sms.Sleeper;
import io.github.mfaoverride.adapters.sms.template.CodeTemplates;
import io.github.mfaoverride.adapters.sms.template.Gsm7;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.port.CodeDelivery;
import io.github.mfaoverride.port.CodeMessage;
import io.github.mfaoverride.port.DeliveryOutcome;
import io.github.mfaoverride.port.DeliveryRefusal;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCoding;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers codes by SMS over an SMPP 3.4 transmitter bind, with jSMPP.
 *
 * <p>The first delivery binds with the system id and password; jSMPP then sends {@code enquire_link} at the
 * configured interval to keep the link alive. A delivery that finds the session dropped binds again first. Each
 * {@code submit_sm} goes to the number with international TON and ISDN NPI, in GSM-7 (data coding 0, unpacked
 * septets) when every character allows it and in UCS-2 (data coding 8) otherwise, with a relative validity period
 * equal to the code's remaining lifetime; a text longer than one segment travels in {@code message_payload}.
 * Throttling (0x58), a full queue (0x14) and a refused connection are retried as the {@link RetryPolicy} allows; a
 * response timeout is ambiguous and retried at most once; an invalid destination (0x0B) is
 * {@link DeliveryRefusal#INVALID_NUMBER}. SMPP carries no voice: a voice message is refused as
 * {@link DeliveryRefusal#METHOD_NOT_SUPPORTED}. Thread-safe; {@link #close()} unbinds.
 *
 * <p>This class logs neither the password, the code nor the number, but jSMPP itself writes every PDU it sends, in
 * hex, at DEBUG and TRACE under {@code org.jsmpp}: the bind password, the number and the code included. Hosts must
 * keep the {@code org.jsmpp} loggers at INFO or above.
 */
public final class SmppCodeDelivery implements CodeDelivery, AutoCloseable {

    /** The provider name in outcomes and logs. */
    public static final String PROVIDER = "smpp";

    private static final Logger LOG = LoggerFactory.getLogger(SmppCodeDelivery.class);
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern ALPHANUMERIC = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}");
    private static final int SINGLE_GSM7_OCTETS = 160;
    private static final int SINGLE_UCS2_OCTETS = 140;

    private final String host;
    private final int port;
    private final String systemId;
    private final String password;
    private final String systemType;
    private final String sender;
    private final Duration enquireLinkInterval;
    private final Duration bindTimeout;
    private final Duration responseTimeout;
    private final CodeTemplates templates;
    private final CodeDelivery retrying;
    private final Object sessionLock = new Object();
    private SMPPSession session;
    private int binds;
    private boolean closed;

    private SmppCodeDelivery(Builder builder) {
        this.host = builder.host;
        this.port = builder.port;
        this.systemId = builder.systemId;
        this.password = builder.password;
        this.systemType = builder.systemType;
        this.sender = builder.sender;
        this.enquireLinkInterval = builder.enquireLinkInterval;
        this.bindTimeout = builder.bindTimeout;
        this.responseTimeout = builder.responseTimeout;
        this.templates = builder.templates;
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

    /**
     * Formats an SMPP relative validity period ({@code YYMMDDhhmmss000R}) for a lifetime.
     *
     * @param lifetime the lifetime, positive, at most 99 days, not null
     * @return for example {@code "000000000500000R"} for five minutes, never null
     */
    public static String relativeValidity(Duration lifetime) {
        requireNonNull(lifetime, "lifetime cannot be null");
        long seconds = Math.max(1, lifetime.toSeconds());
        long days = Math.min(99, seconds / 86_400);
        return String.format(Locale.ROOT, "0000%02d%02d%02d%02d000R", days, seconds / 3600 % 24,
                seconds / 60 % 60, seconds % 60);
    }

    @Override
    public DeliveryOutcome deliver(CodeMessage message) {
        requireNonNull(message, "message cannot be null");
        DeliveryOutcome outcome = retrying.deliver(message);
        LOG.info("SMPP {} {} to {}: {}", message.method(), message.reference(), message.destination(), outcome);
        return outcome;
    }

    /** Unbinds and closes the connection; later deliveries are refused. */
    @Override
    public void close() {
        synchronized (sessionLock) {
            closed = true;
            if (session != null) {
                session.unbindAndClose();
                session = null;
            }
        }
    }

    @Override
    public String toString() {
        return "SmppCodeDelivery[" + systemId + "@" + host + ":" + port + "]";
    }

    /** Returns how many binds this delivery has made; for tests and monitoring. */
    int bindCount() {
        synchronized (sessionLock) {
            return binds;
        }
    }

    /** Tells whether a bound session is open now; for tests and monitoring. */
    boolean isBound() {
        synchronized (sessionLock) {
            return session != null && session.getSessionState().isBound();
        }
    }

    private AttemptOutcome attempt(CodeMessage message) {
        if (message.method() != DeliveryMethod.SMS) {
            return refused(DeliveryRefusal.METHOD_NOT_SUPPORTED, "SMPP carries SMS only; use a voice provider");
        }
        SMPPSession bound;
        try {
            bound = boundSession();
        } catch (IOException e) {
            return bindFailure(e);
        }
        if (bound == null) {
            return refused(DeliveryRefusal.CONFIGURATION, "SMPP delivery is closed");
        }
        return submit(bound, message);
    }

    private AttemptOutcome submit(SMPPSession bound, CodeMessage message) {
        String text = templates.smsText(message);
        // Not yet: some SMSCs read data_coding 0 as ASCII or Latin-1 rather than GSM-7 septets; a builder option
        // choosing Latin-1 (data_coding 3) for them would lift this.
        boolean gsm7 = Gsm7.canEncode(text);
        byte[] payload = gsm7 ? Gsm7.encodeUnpacked(text) : text.getBytes(StandardCharsets.UTF_16BE);
        DataCoding coding = new GeneralDataCoding(gsm7 ? Alphabet.ALPHA_DEFAULT : Alphabet.ALPHA_UCS2);
        boolean single = payload.length <= (gsm7 ? SINGLE_GSM7_OCTETS : SINGLE_UCS2_OCTETS);
        byte[] shortMessage = single ? payload : new byte[0];
        OptionalParameter[] extra = single ? new OptionalParameter[0]
                : new OptionalParameter[] {new OptionalParameter.OctetString(
                        OptionalParameter.Tag.MESSAGE_PAYLOAD.code(), payload)};
        try {
            String messageId = bound.submitShortMessage("", sourceTon(), sourceNpi(), sourceAddress(),
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                    message.destination().e164().substring(1), new ESMClass(), (byte) 0, (byte) 0, null,
                    relativeValidity(message.validFor()), new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT),
                    (byte) 0, coding, (byte) 0, shortMessage, extra).getMessageId();
            LOG.debug("SMSC took {} as {}", message.reference(), messageId);
            return new AttemptOutcome.Final(new DeliveryOutcome.Accepted(PROVIDER, messageId));
        } catch (NegativeResponseException e) {
            return SmppStatus.ofSubmit(e.getCommandStatus());
        } catch (ResponseTimeoutException e) {
            return new AttemptOutcome.Ambiguous("no submit_sm_resp in time");
        } catch (InvalidResponseException e) {
            return new AttemptOutcome.Ambiguous("invalid submit_sm_resp");
        } catch (PDUException e) {
            return refused(DeliveryRefusal.CONFIGURATION,
                    "a submit_sm field is invalid: " + e.getClass().getSimpleName());
        } catch (IOException e) {
            dropSession(bound);
            return new AttemptOutcome.Ambiguous("connection failed during submit_sm");
        }
    }

    private SMPPSession boundSession() throws IOException {
        synchronized (sessionLock) {
            if (closed) {
                return null;
            }
            if (session != null && session.getSessionState().isBound()) {
                return session;
            }
            if (session != null) {
                LOG.warn("SMPP session to {}:{} was lost ({}); binding again", host, port,
                        session.getSessionState());
                session.close();
                session = null;
            }
            SMPPSession fresh = new SMPPSession();
            fresh.setEnquireLinkTimer(Math.toIntExact(enquireLinkInterval.toMillis()));
            fresh.setTransactionTimer(responseTimeout.toMillis());
            fresh.connectAndBind(host, port, new BindParameter(BindType.BIND_TX, systemId, password, systemType,
                    TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null), bindTimeout.toMillis());
            session = fresh;
            binds++;
            LOG.info("SMPP bound as transmitter to {}:{} (bind {})", host, port, binds);
            return fresh;
        }
    }

    private void dropSession(SMPPSession broken) {
        synchronized (sessionLock) {
            if (session == broken) {
                session.close();
                session = null;
            }
        }
    }

    private static AttemptOutcome bindFailure(IOException e) {
        if (e.getCause() instanceof NegativeResponseException negative) {
            return SmppStatus.ofBind(negative.getCommandStatus());
        }
        String detail = e instanceof ConnectException ? "connection refused" : "bind failed";
        return new AttemptOutcome.NotProcessed(detail, Optional.empty());
    }

    private TypeOfNumber sourceTon() {
        if (E164.matcher(sender).matches()) {
            return TypeOfNumber.INTERNATIONAL;
        }
        return ALPHANUMERIC.matcher(sender).matches() ? TypeOfNumber.ALPHANUMERIC : TypeOfNumber.UNKNOWN;
    }

    private NumberingPlanIndicator sourceNpi() {
        return sourceTon() == TypeOfNumber.ALPHANUMERIC ? NumberingPlanIndicator.UNKNOWN
                : NumberingPlanIndicator.ISDN;
    }

    private String sourceAddress() {
        return sender.startsWith("+") ? sender.substring(1) : sender;
    }

    private static AttemptOutcome refused(DeliveryRefusal reason, String detail) {
        return new AttemptOutcome.Final(new DeliveryOutcome.Refused(reason, detail));
    }

    /**
     * Configures an {@link SmppCodeDelivery}. Not thread-safe; use one builder per thread. Its {@link #toString()}
     * shows no password.
     */
    public static final class Builder {

        private String host;
        private int port;
        private String systemId;
        private String password;
        private String systemType = "";
        private String sender;
        private Duration enquireLinkInterval = Duration.ofSeconds(30);
        private Duration bindTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(10);
        private CodeTemplates templates;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.threadSleep();

        private Builder() {
        }

        /**
         * Sets the SMSC's address; required.
         *
         * @param host the host name or address, not null
         * @param port the TCP port, 1..65535
         * @return this builder
         */
        public Builder smsc(String host, int port) {
            requireNonNull(host, "host cannot be null");
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("port must be 1..65535, but was " + port);
            }
            this.host = host;
            this.port = port;
            return this;
        }

        /**
         * Sets the bind credentials; required.
         *
         * @param systemId the system id, 1..15 characters, not null
         * @param password the password, at most 8 characters as SMPP 3.4 allows, not null
         * @return this builder
         */
        public Builder credentials(String systemId, String password) {
            requireNonNull(systemId, "systemId cannot be null");
            requireNonNull(password, "password cannot be null");
            if (systemId.isEmpty() || systemId.length() > 15) {
                throw new IllegalArgumentException("systemId must be 1..15 characters");
            }
            if (password.length() > 8) {
                throw new IllegalArgumentException("password must be at most 8 characters");
            }
            this.systemId = systemId;
            this.password = password;
            return this;
        }

        /**
         * Sets the system type some SMSCs ask for; empty unless set.
         *
         * @param type at most 12 characters, not null
         * @return this builder
         */
        public Builder systemType(String type) {
            requireNonNull(type, "type cannot be null");
            if (type.length() > 12) {
                throw new IllegalArgumentException("systemType must be at most 12 characters");
            }
            this.systemType = type;
            return this;
        }

        /**
         * Sets the source address: an E.164 number (international TON) or an alphanumeric sender ID; required.
         *
         * @param sender the sender, not null
         * @return this builder
         */
        public Builder sender(String sender) {
            requireNonNull(sender, "sender cannot be null");
            if (!E164.matcher(sender).matches() && !ALPHANUMERIC.matcher(sender).matches()) {
                throw new IllegalArgumentException("sender must be an E.164 number or an alphanumeric sender ID");
            }
            this.sender = sender;
            return this;
        }

        /**
         * Sets the wording of messages; required.
         *
         * @param templates the templates, not null
         * @return this builder
         */
        public Builder templates(CodeTemplates templates) {
            this.templates = requireNonNull(templates, "templates cannot be null");
            return this;
        }

        /**
         * Sets how often an idle link is checked with {@code enquire_link}; 30 s unless set.
         *
         * @param interval positive, not null
         * @return this builder
         */
        public Builder enquireLinkInterval(Duration interval) {
            this.enquireLinkInterval = positive(interval, "enquireLinkInterval");
            return this;
        }

        /**
         * Sets how long to wait for a bind response; 10 s unless set.
         *
         * @param timeout positive, not null
         * @return this builder
         */
        public Builder bindTimeout(Duration timeout) {
            this.bindTimeout = positive(timeout, "bindTimeout");
            return this;
        }

        /**
         * Sets how long to wait for a {@code submit_sm_resp}; 10 s unless set. No response in time is ambiguous.
         *
         * @param timeout positive, not null
         * @return this builder
         */
        public Builder responseTimeout(Duration timeout) {
            this.responseTimeout = positive(timeout, "responseTimeout");
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
         * Builds the delivery; it binds on first use.
         *
         * @return the delivery, never null
         * @throws IllegalStateException when the SMSC, the credentials, the sender or the templates are missing
         */
        public SmppCodeDelivery build() {
            if (host == null || systemId == null || sender == null || templates == null) {
                throw new IllegalStateException("smsc, credentials, sender and templates are required");
            }
            return new SmppCodeDelivery(this);
        }

        @Override
        public String toString() {
            return "SmppCodeDelivery.Builder[" + systemId + "@" + host + ":" + port + "]";
        }

        private static Duration positive(Duration value, String name) {
            requireNonNull(value, name + " cannot be null");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, but was " + value);
            }
            return value;
        }
    }
}
