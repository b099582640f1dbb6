package io.github.mfaoverride.limits;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.outcome.Limit;
import io.github.mfaoverride.outcome.Refused;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a {@link RateLimitPolicy} through {@link RateLimitCounters}: each begin and each send takes one count
 * from every limit that applies, all or nothing.
 *
 * <p>When one limit is used up, the counts already taken for the same call are given back, so a refused call
 * costs no budget. A send counts once it is attempted, whether or not the provider then accepts it, as the
 * request's own send count does: a provider failure must not become a way around the limits. Thread-safe when the
 * counters are.
 */
public final class RateLimiter {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimiter.class);

    private final RateLimitCounters counters;
    private final RateLimitPolicy policy;
    private final Function<PhoneNumber, String> numberKey;

    /**
     * Creates the limiter.
     *
     * @param counters where counts are kept, not null
     * @param policy the limits, not null
     * @param numberKey turns a number into a key that does not disclose it (a keyed hash), not null
     */
    public RateLimiter(RateLimitCounters counters, RateLimitPolicy policy, Function<PhoneNumber, String> numberKey) {
        this.counters = requireNonNull(counters, "counters cannot be null");
        this.policy = requireNonNull(policy, "policy cannot be null");
        this.numberKey = requireNonNull(numberKey, "numberKey cannot be null");
    }

    /**
     * Counts a request beginning, against the admin's and the target's request limits.
     *
     * @param admin the acting admin, not null
     * @param target the target user, not null
     * @param now the current time, not null
     * @return empty when counted, or the refusal naming the limit used up
     */
    public Optional<Refused> acquireBegin(UserId admin, UserId target, Instant now) {
        return acquireAll(now, List.of(
                new Slot(Limit.ADMIN_REQUESTS, "requests:admin:" + admin.value(), policy.limit(Limit.ADMIN_REQUESTS)),
                new Slot(Limit.TARGET_REQUESTS, "requests:target:" + target.value(),
                        policy.limit(Limit.TARGET_REQUESTS))));
    }

    /**
     * Counts a code about to be sent, against the number, target, admin, country and global limits.
     *
     * @param admin the acting admin, not null
     * @param target the target user, not null
     * @param to the destination, not null
     * @param now the current time, not null
     * @return empty when counted, or the refusal naming the limit used up
     */
    public Optional<Refused> acquireSend(UserId admin, UserId target, PhoneNumber to, Instant now) {
        String number = numberKey.apply(to);
        return acquireAll(now, List.of(
                new Slot(Limit.NUMBER_SENDS, "sends:number:" + number, policy.limit(Limit.NUMBER_SENDS)),
                new Slot(Limit.NUMBER_DAILY_SENDS, "sends:number-daily:" + number,
                        policy.limit(Limit.NUMBER_DAILY_SENDS)),
                new Slot(Limit.TARGET_SENDS, "sends:target:" + target.value(), policy.limit(Limit.TARGET_SENDS)),
                new Slot(Limit.ADMIN_SENDS, "sends:admin:" + admin.value(), policy.limit(Limit.ADMIN_SENDS)),
                new Slot(Limit.COUNTRY_SENDS, "sends:country:" + to.region(), policy.country(to.region())),
                new Slot(Limit.GLOBAL_SENDS, "sends:global", policy.limit(Limit.GLOBAL_SENDS))));
    }

    private Optional<Refused> acquireAll(Instant now, List<Slot> slots) {
        List<String> taken = new ArrayList<>();
        for (Slot slot : slots) {
            Acquisition acquisition = counters.tryAcquire(slot.key, slot.limit.max(), slot.limit.window(), now);
            if (!acquisition.granted()) {
                taken.forEach(key -> counters.release(key, now));
                LOG.info("rate limit {} ({}) reached until {}", slot.kind, slot.limit, acquisition.windowEndsAt());
                return Optional.of(Refused.limited(slot.kind, acquisition.windowEndsAt(),
                        slot.kind + " limit of " + slot.limit + " reached"));
            }
            taken.add(slot.key);
        }
        return Optional.empty();
    }

    private record Slot(Limit kind, String key, WindowLimit limit) {
    }
}
