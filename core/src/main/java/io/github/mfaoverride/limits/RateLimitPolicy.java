package io.github.mfaoverride.limits;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.outcome.Limit;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The cross-request rate limits, each a {@link WindowLimit}. Immutable and thread-safe; build one with
 * {@link #builder()}, whose defaults are {@link #defaults()}.
 *
 * <p>The defaults, and why:
 * <ul>
 *   <li>{@link Limit#ADMIN_REQUESTS}: 20 per hour. An admin helping users on the phone finishes one change in
 *       minutes; twenty an hour leaves room for mistakes while a hijacked admin session cannot open request after
 *       request.</li>
 *   <li>{@link Limit#ADMIN_SENDS}: 30 per hour, ten full requests of three sends each.</li>
 *   <li>{@link Limit#TARGET_REQUESTS}: 5 per 24 hours. A user's number rarely changes; five tries a day cover a
 *       mistyped number and a second attempt, and stop admins cycling requests on one user.</li>
 *   <li>{@link Limit#TARGET_SENDS}: 10 per 24 hours.</li>
 *   <li>{@link Limit#NUMBER_SENDS}: 5 per 10 minutes, as Twilio Verify allows per destination before it answers
 *       HTTP 429.</li>
 *   <li>{@link Limit#NUMBER_DAILY_SENDS}: 10 per 24 hours, so a phone cannot be flooded a burst at a time.</li>
 *   <li>{@link Limit#COUNTRY_SENDS}: 100 per hour per destination country, overridable per country with
 *       {@link Builder#country}. SMS pumping targets expensive ranges of a few countries; a per-country budget
 *       stops it before the global one is spent.</li>
 *   <li>{@link Limit#GLOBAL_SENDS}: 1,000 per hour for the installation: the ceiling of the SMS bill an attack can
 *       run up in an hour. Size it to the busiest legitimate hour.</li>
 * </ul>
 */
public final class RateLimitPolicy {

    private final Map<Limit, WindowLimit> limits;
    private final Map<String, WindowLimit> countries;

    private RateLimitPolicy(Builder builder) {
        this.limits = Map.copyOf(builder.limits);
        this.countries = Map.copyOf(builder.countries);
    }

    /**
     * Returns the documented defaults.
     *
     * @return the policy, never null
     */
    public static RateLimitPolicy defaults() {
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

    /**
     * Returns the limit of one kind.
     *
     * @param kind a rate limit, not one of the failure limits, not null
     * @return the limit, never null
     * @throws IllegalArgumentException for {@link Limit#TARGET_FAILURES} and {@link Limit#ADMIN_FAILURES}, which
     *     {@link LockoutPolicy} sets
     */
    public WindowLimit limit(Limit kind) {
        WindowLimit limit = limits.get(requireNonNull(kind, "kind cannot be null"));
        if (limit == null) {
            throw new IllegalArgumentException(kind + " is a lockout limit; LockoutPolicy sets it");
        }
        return limit;
    }

    /**
     * Returns the send limit of one destination country.
     *
     * @param region an ISO 3166 region code such as {@code "US"}, not null
     * @return the country's own limit, or the {@link Limit#COUNTRY_SENDS} one; never null
     */
    public WindowLimit country(String region) {
        return Optional.ofNullable(countries.get(region.toUpperCase(Locale.ROOT)))
                .orElse(limits.get(Limit.COUNTRY_SENDS));
    }

    @Override
    public String toString() {
        return "RateLimitPolicy" + limits + (countries.isEmpty() ? "" : " countries " + countries);
    }

    /** Configures a {@link RateLimitPolicy}, starting from the defaults. Not thread-safe. */
    public static final class Builder {
        private final Map<Limit, WindowLimit> limits = new EnumMap<>(Limit.class);
        private final Map<String, WindowLimit> countries = new HashMap<>();

        private Builder() {
            limits.put(Limit.ADMIN_REQUESTS, WindowLimit.of(20, Duration.ofHours(1)));
            limits.put(Limit.ADMIN_SENDS, WindowLimit.of(30, Duration.ofHours(1)));
            limits.put(Limit.TARGET_REQUESTS, WindowLimit.of(5, Duration.ofHours(24)));
            limits.put(Limit.TARGET_SENDS, WindowLimit.of(10, Duration.ofHours(24)));
            limits.put(Limit.NUMBER_SENDS, WindowLimit.of(5, Duration.ofMinutes(10)));
            limits.put(Limit.NUMBER_DAILY_SENDS, WindowLimit.of(10, Duration.ofHours(24)));
            limits.put(Limit.COUNTRY_SENDS, WindowLimit.of(100, Duration.ofHours(1)));
            limits.put(Limit.GLOBAL_SENDS, WindowLimit.of(1_000, Duration.ofHours(1)));
        }

        /**
         * Replaces one limit.
         *
         * @param kind a rate limit (not a failure limit), not null
         * @param limit the new limit, not null
         * @return this builder
         */
        public Builder limit(Limit kind, WindowLimit limit) {
            requireNonNull(kind, "kind cannot be null");
            requireNonNull(limit, "limit cannot be null");
            if (!limits.containsKey(kind)) {
                throw new IllegalArgumentException(kind + " is a lockout limit; LockoutPolicy sets it");
            }
            limits.put(kind, limit);
            return this;
        }

        /**
         * Gives one destination country its own send limit instead of {@link Limit#COUNTRY_SENDS}.
         *
         * @param region an ISO 3166 region code such as {@code "GB"}, not null
         * @param limit the country's limit, not null
         * @return this builder
         */
        public Builder country(String region, WindowLimit limit) {
            requireNonNull(region, "region cannot be null");
            countries.put(region.toUpperCase(Locale.ROOT), requireNonNull(limit, "limit cannot be null"));
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy, never null
         */
        public RateLimitPolicy build() {
            return new RateLimitPolicy(this);
        }
    }
}
