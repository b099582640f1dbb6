package io.github.mfaoverride.adapters.sms;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.port.CodeDelivery;
import io.github.mfaoverride.port.CodeMessage;
import io.github.mfaoverride.port.DeliveryOutcome;
import io.github.mfaoverride.port.DeliveryRefusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link CodeDelivery} that tries providers in a configured order: it moves to the next one on a transient failure
 * and stops at the first acceptance or permanent refusal.
 *
 * <p>A refusal about the recipient (invalid number, opted out) would be the same at every provider, so it stops the
 * search. A refusal about the account at one provider ({@link DeliveryRefusal#CONFIGURATION} by default: revoked
 * credentials, a sender not allowed) says nothing of the others, so it moves on. Each provider gets the code's
 * remaining lifetime; once the code has expired nothing more is tried. Thread-safe when the providers are.
 */
public final class FailoverCodeDelivery implements CodeDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(FailoverCodeDelivery.class);

    private final List<Map.Entry<String, CodeDelivery>> providers;
    private final Set<DeliveryRefusal> failOverOn;
    private final Clock clock;

    private FailoverCodeDelivery(Builder builder) {
        this.providers = List.copyOf(builder.providers.entrySet());
        this.failOverOn = Set.copyOf(builder.failOverOn);
        this.clock = builder.clock;
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
        Instant expiry = clock.instant().plus(message.validFor());
        DeliveryOutcome last = null;
        for (Map.Entry<String, CodeDelivery> provider : providers) {
            Duration remaining = Duration.between(clock.instant(), expiry);
            if (last != null && (remaining.isNegative() || remaining.isZero())) {
                LOG.warn("Code for {} expired before {} could be tried", message.reference(), provider.getKey());
                break;
            }
            CodeMessage current = last == null ? message : withValidFor(message, remaining);
            last = provider.getValue().deliver(current);
            if (!movesOn(last)) {
                return last;
            }
            LOG.warn("{} could not deliver {} ({}); trying the next provider", provider.getKey(),
                    message.reference(), last);
        }
        return last;
    }

    @Override
    public String toString() {
        List<String> names = new ArrayList<>();
        providers.forEach(provider -> names.add(provider.getKey()));
        return "FailoverCodeDelivery" + names;
    }

    private boolean movesOn(DeliveryOutcome outcome) {
        return outcome instanceof DeliveryOutcome.TransientFailure
                || outcome instanceof DeliveryOutcome.Refused refused && failOverOn.contains(refused.reason());
    }

    private static CodeMessage withValidFor(CodeMessage message, Duration validFor) {
        return new CodeMessage(message.destination(), message.method(), message.locale(), message.code(), validFor,
                message.purpose(), message.reference());
    }

    /**
     * Collects the providers in order. Not thread-safe; use one builder per thread.
     */
    public static final class Builder {

        private final Map<String, CodeDelivery> providers = new LinkedHashMap<>();
        private final Set<DeliveryRefusal> failOverOn = EnumSet.of(DeliveryRefusal.CONFIGURATION);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Adds the next provider to try.
         *
         * @param name a unique name for logs, not null
         * @param delivery the provider, not null
         * @return this builder
         */
        public Builder then(String name, CodeDelivery delivery) {
            requireNonNull(name, "name cannot be null");
            requireNonNull(delivery, "delivery cannot be null");
            if (providers.putIfAbsent(name, delivery) != null) {
                throw new IllegalArgumentException("provider name is already used: " + name);
            }
            return this;
        }

        /**
         * Sets the refusals after which the next provider is still tried; {@link DeliveryRefusal#CONFIGURATION}
         * unless set.
         *
         * @param refusals the refusals, possibly none, not null
         * @return this builder
         */
        public Builder failOverOn(Set<DeliveryRefusal> refusals) {
            requireNonNull(refusals, "refusals cannot be null");
            failOverOn.clear();
            failOverOn.addAll(refusals);
            return this;
        }

        /**
         * Sets the clock that measures the code's remaining lifetime; the system clock unless set.
         *
         * @param clock the clock, not null
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock cannot be null");
            return this;
        }

        /**
         * Builds the delivery.
         *
         * @return the delivery, never null
         * @throws IllegalStateException when no provider was added
         */
        public FailoverCodeDelivery build() {
            if (providers.isEmpty()) {
                throw new IllegalStateException("at least one provider is needed");
            }
            return new FailoverCodeDelivery(this);
        }
    }
}
