package io.github.mfaoverride.screening;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.PhoneLineType;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.port.NumberRejection;
import io.github.mfaoverride.port.NumberScreening;
import io.github.mfaoverride.port.NumberVerdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link NumberScreening} that applies the host's number policy, then optionally asks a provider's lookup.
 *
 * <p>In order: the destination country must be allowed (geo permissions; all countries by default); the number
 * must not start with a blocked E.164 prefix; its line type must not be blocked. By default premium-rate,
 * shared-cost and toll-free lines are blocked (Okta refuses toll-free and premium numbers; premium and
 * shared-cost ranges are what SMS pumping profits from); VoIP is allowed unless {@link Builder#blockVoip}. When a
 * lookup is chained with {@link Builder#thenLookup}, it runs only for numbers the policy accepts, and the
 * policy's line-type rule is applied again to the line type the lookup reports. The verdict's source names every
 * judge that took part, for example {@code "number-policy"} or {@code "number-policy+twilio-lookup"}.
 *
 * <p>The same screening applies to the admin-assisted change and to the admin's MFA opt-in. Immutable and
 * thread-safe when the chained lookup is.
 */
public final class NumberPolicy implements NumberScreening {

    /** The source name of this policy's own verdicts. */
    public static final String SOURCE = "number-policy";

    private final Set<String> allowedCountries;
    private final Set<PhoneLineType> blockedLineTypes;
    private final List<String> blockedPrefixes;
    private final Optional<NumberScreening> lookup;

    private NumberPolicy(Builder builder) {
        this.allowedCountries = Set.copyOf(builder.allowedCountries);
        this.blockedLineTypes = Set.copyOf(builder.blockedLineTypes);
        this.blockedPrefixes = List.copyOf(builder.blockedPrefixes);
        this.lookup = Optional.ofNullable(builder.lookup);
    }

    /**
     * Returns the defaults: every country, no blocked prefix, premium-rate, shared-cost and toll-free lines
     * blocked, no lookup.
     *
     * @return the policy, never null
     */
    public static NumberPolicy defaults() {
        return builder().build();
    }

    /**
     * Starts a builder holding the defaults.
     *
     * @return the builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public NumberVerdict screen(PhoneNumber number, DeliveryMethod method) {
        requireNonNull(number, "number cannot be null");
        requireNonNull(method, "method cannot be null");
        Optional<NumberRejection> rejection = judge(number);
        if (rejection.isPresent()) {
            return new NumberVerdict.Rejected(rejection.get(), SOURCE);
        }
        if (lookup.isEmpty()) {
            return new NumberVerdict.Accepted(number, SOURCE);
        }
        NumberVerdict looked = lookup.get().screen(number, method);
        if (looked instanceof NumberVerdict.Rejected rejected) {
            return new NumberVerdict.Rejected(rejected.reason(), SOURCE + "+" + rejected.source());
        }
        NumberVerdict.Accepted accepted = (NumberVerdict.Accepted) looked;
        String source = SOURCE + "+" + accepted.source();
        return blockedLineTypes.contains(accepted.number().lineType())
                ? new NumberVerdict.Rejected(NumberRejection.LINE_TYPE_NOT_ALLOWED, source)
                : new NumberVerdict.Accepted(accepted.number(), source);
    }

    private Optional<NumberRejection> judge(PhoneNumber number) {
        if (!allowedCountries.isEmpty() && !allowedCountries.contains(number.region())) {
            return Optional.of(NumberRejection.COUNTRY_NOT_ALLOWED);
        }
        if (blockedPrefixes.stream().anyMatch(number.e164()::startsWith)) {
            return Optional.of(NumberRejection.PREFIX_BLOCKED);
        }
        if (blockedLineTypes.contains(number.lineType())) {
            return Optional.of(NumberRejection.LINE_TYPE_NOT_ALLOWED);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "NumberPolicy[countries " + (allowedCountries.isEmpty() ? "all" : allowedCountries)
                + ", blocked " + blockedLineTypes + ", " + blockedPrefixes.size() + " blocked prefixes"
                + (lookup.isPresent() ? ", with lookup" : "") + "]";
    }

    /** Configures a {@link NumberPolicy}, starting from the defaults. Not thread-safe. */
    public static final class Builder {
        private final Set<String> allowedCountries = new HashSet<>();
        private final Set<PhoneLineType> blockedLineTypes = EnumSet.of(PhoneLineType.PREMIUM_RATE,
                PhoneLineType.SHARED_COST, PhoneLineType.TOLL_FREE);
        private final List<String> blockedPrefixes = new ArrayList<>();
        private NumberScreening lookup;

        private Builder() {
        }

        /**
         * Allows codes to these countries only; calling it again adds more. Default: every country.
         *
         * @param regions ISO 3166 region codes such as {@code "US"}, not null
         * @return this builder
         */
        public Builder allowCountries(String... regions) {
            for (String region : regions) {
                if (region == null || !region.matches("[A-Za-z]{2}|001")) {
                    throw new IllegalArgumentException("region must be an ISO 3166 code, but was " + region);
                }
                allowedCountries.add(region.toUpperCase(Locale.ROOT));
            }
            return this;
        }

        /**
         * Blocks a line type besides the default three.
         *
         * @param type the line type, not null
         * @return this builder
         */
        public Builder blockLineType(PhoneLineType type) {
            blockedLineTypes.add(requireNonNull(type, "type cannot be null"));
            return this;
        }

        /**
         * Allows a line type, including one of the default three.
         *
         * @param type the line type, not null
         * @return this builder
         */
        public Builder allowLineType(PhoneLineType type) {
            blockedLineTypes.remove(requireNonNull(type, "type cannot be null"));
            return this;
        }

        /**
         * Blocks or allows VoIP lines. Default: allowed, as many legitimate users have VoIP numbers; block them
         * where numbers bought in bulk are the threat.
         *
         * @param block whether to block them
         * @return this builder
         */
        public Builder blockVoip(boolean block) {
            return block ? blockLineType(PhoneLineType.VOIP) : allowLineType(PhoneLineType.VOIP);
        }

        /**
         * Blocks every number starting with an E.164 prefix, for example {@code "+882"} (international networks)
         * or a range known for fraud.
         *
         * @param prefix a {@code +} followed by one to fifteen digits, not null
         * @return this builder
         */
        public Builder blockPrefix(String prefix) {
            if (prefix == null || !prefix.matches("\\+[0-9]{1,15}")) {
                throw new IllegalArgumentException("prefix must be '+' and 1 to 15 digits, but was " + prefix);
            }
            blockedPrefixes.add(prefix);
            return this;
        }

        /**
         * Chains a provider's line-type and risk lookup, asked only about numbers the policy accepts.
         *
         * @param value the lookup, not null
         * @return this builder
         */
        public Builder thenLookup(NumberScreening value) {
            this.lookup = requireNonNull(value, "lookup cannot be null");
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy, never null
         */
        public NumberPolicy build() {
            return new NumberPolicy(this);
        }
    }
}
