package io.github.mfaoverride.adapters.sms;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.port.CodeDelivery;
import io.github.mfaoverride.port.CodeMessage;
import io.github.mfaoverride.port.DeliveryOutcome;
import io.github.mfaoverride.port.DeliveryRefusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link CodeDelivery} that tries providers in a configured order: it moves to the next one on a transient failure
 * and stops at the first acceptance or permanent refusal.
 *
 * <p>A refusal about the recipient (invalid number, opted out) would be the same at every provider, so it stops the
 * search. A refusal about the account at one provider ({@link DeliveryRefusal#CONFIGURATION} by default: revoked
 * credentials, a sender not allowed) says nothing of the others, so it moves on; if no provider then accepts and one
 * had failed only for now, that transient failure is reported, since a later retry may still succeed. A provider is
 * offered only the methods it was registered for (an SMPP bind carries no voice). Each provider gets the code's
 * remaining lifetime; once the code has expired nothing more is tried. Thread-safe when the providers are.
 */
public final class FailoverCodeDelivery implements CodeDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(FailoverCodeDelivery.class);

    private final List<Provider> providers;
    private final Set<DeliveryRefusal> failOverOn;
    private final Clock clock;

    private record Provider(String name, CodeDelivery delivery, Set<DeliveryMethod> methods) {
    }

    private FailoverCodeDelivery(Builder builder) {
        this.providers = List.copyOf(builder.providers);
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
        DeliveryOutcome.TransientFailure firstTransient = null;
        for (Provider provider : providers) {
            if (!provider.methods().contains(message.method())) {
                continue;
            }
            Duration remaining = Duration.between(clock.instant(), expiry);
            if (last != null && (remaining.isNegative() || remaining.isZero())) {
                LOG.warn("Code for {} expired before {} could be tried", message.reference(), provider.name());
                break;
            }

            CodeMessage current = last == null ? message : withValidFor(message, remaining);
            last = provider.delivery().deliver(current);
            if (!movesOn(last)) {
                return last;
            }
            if (firstTransient == null && last instanceof DeliveryOutcome.TransientFailure failure) {
                firstTransient = failure;
            }
            LOG.warn("{} could not deliver {} ({}); trying the next provider", provider.name(),
                    message.reference(), last);
        }

        if (last == null) {
            return new DeliveryOutcome.Refused(DeliveryRefusal.METHOD_NOT_SUPPORTED,
                    "no configured provider sends " + message.method());
        }
        return last instanceof DeliveryOutcome.Refused && firstTransient != null ? firstTransient : last;
    }

    @Override
    public String toString() {
        return "FailoverCodeDelivery" + providers.stream().map(Provider::name).toList();
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

        private final List<Provider> providers = new ArrayList<>();
        private final Set<DeliveryRefusal> failOverOn = EnumSet.of(DeliveryRefusal.CONFIGURATION);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Adds the next provider to try, for SMS and voice alike.
         *
         * @param name a unique name for logs, not null
         * @param delivery the provider, not null
         * @return this builder
         */
        public Builder then(String name, CodeDelivery delivery) {
            return then(name, delivery, EnumSet.allOf(DeliveryMethod.class));
        }

        /**
         * Adds the next provider to try, for the given methods only.
         *
         * @param name a unique name for logs, not null
         * @param delivery the provider, not null
         * @param methods the methods it can deliver by, at least one, not null
         * @return this builder
         */
        public Builder then(String name, CodeDelivery delivery, Set<DeliveryMethod> methods) {
            requireNonNull(name, "name cannot be null");
            requireNonNull(delivery, "delivery cannot be null");
            requireNonNull(methods, "methods cannot be null");
            if (methods.isEmpty()) {
                throw new IllegalArgumentException("methods cannot be empty");
            }
            if (providers.stream().anyMatch(provider -> provider.name().equals(name))) {
                throw new IllegalArgumentException("provider name is already used: " + name);
            }
            providers.add(new Provider(name, delivery, Set.copyOf(methods)));
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
