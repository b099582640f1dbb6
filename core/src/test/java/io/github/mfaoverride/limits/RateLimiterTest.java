package io.github.mfaoverride.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.adapters.inmemory.InMemoryRateLimitCounters;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.outcome.Limit;
import io.github.mfaoverride.outcome.RefusalReason;
import io.github.mfaoverride.outcome.Refused;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final UserId ADMIN = UserId.of("admin");
    private static final UserId TARGET = UserId.of("target");
    private static final PhoneNumber US = PhoneNumber.ofE164("+12015550123");
    private static final PhoneNumber FR = PhoneNumber.ofE164("+33612345678");

    private final InMemoryRateLimitCounters counters = new InMemoryRateLimitCounters();

    @Test
    void acquireSendWhenALaterLimitRefusesThenTheEarlierCountsAreGivenBack() {
        RateLimiter limiter = new RateLimiter(counters, RateLimitPolicy.builder()
                .limit(Limit.GLOBAL_SENDS, WindowLimit.of(1, Duration.ofHours(1))).build(), PhoneNumber::e164);
        assertThat(limiter.acquireSend(ADMIN, TARGET, US, T0)).isEmpty();

        Refused refused = limiter.acquireSend(ADMIN, UserId.of("t2"), FR, T0).orElseThrow();

        assertThat(refused.reason()).isEqualTo(RefusalReason.RATE_LIMITED);
        assertThat(refused.limit()).contains(Limit.GLOBAL_SENDS);
        assertThat(refused.retryAt()).contains(T0.plus(Duration.ofHours(1)));
        assertThat(counters.current("sends:number:+33612345678", T0)).hasValueSatisfying(
                window -> assertThat(window.count()).isZero());
        assertThat(counters.current("sends:admin:admin", T0)).hasValueSatisfying(
                window -> assertThat(window.count()).isEqualTo(1));
    }

    @Test
    void acquireSendWhenCountryHasItsOwnLimitThenThatLimitApplies() {
        RateLimiter limiter = new RateLimiter(counters, RateLimitPolicy.builder()
                .country("fr", WindowLimit.of(1, Duration.ofHours(1))).build(), PhoneNumber::e164);
        assertThat(limiter.acquireSend(ADMIN, TARGET, FR, T0)).isEmpty();

        Refused refused = limiter.acquireSend(UserId.of("a2"), UserId.of("t2"), PhoneNumber.ofE164("+33612345679"),
                T0).orElseThrow();

        assertThat(refused.limit()).contains(Limit.COUNTRY_SENDS);
        assertThat(limiter.acquireSend(UserId.of("a3"), UserId.of("t3"), US, T0)).isEmpty();
    }

    @Test
    void acquireBeginWhenTargetLimitIsReachedThenRefusesWhoeverTheAdmin() {
        RateLimiter limiter = new RateLimiter(counters, RateLimitPolicy.builder()
                .limit(Limit.TARGET_REQUESTS, WindowLimit.of(2, Duration.ofHours(24))).build(), PhoneNumber::e164);
        limiter.acquireBegin(UserId.of("a1"), TARGET, T0);
        limiter.acquireBegin(UserId.of("a2"), TARGET, T0);

        Refused refused = limiter.acquireBegin(UserId.of("a3"), TARGET, T0.plus(Duration.ofHours(24)).minusMillis(1))
                .orElseThrow();

        assertThat(refused.limit()).contains(Limit.TARGET_REQUESTS);
        assertThat(limiter.acquireBegin(UserId.of("a3"), TARGET, T0.plus(Duration.ofHours(24)))).isEmpty();
    }

    @Test
    void defaultsWhenReadThenMatchTheDocumentedValues() {
        RateLimitPolicy defaults = RateLimitPolicy.defaults();

        assertThat(defaults.limit(Limit.NUMBER_SENDS)).isEqualTo(WindowLimit.of(5, Duration.ofMinutes(10)));
        assertThat(defaults.limit(Limit.NUMBER_DAILY_SENDS)).isEqualTo(WindowLimit.of(10, Duration.ofHours(24)));
        assertThat(defaults.limit(Limit.ADMIN_REQUESTS)).isEqualTo(WindowLimit.of(20, Duration.ofHours(1)));
        assertThat(defaults.limit(Limit.ADMIN_SENDS)).isEqualTo(WindowLimit.of(30, Duration.ofHours(1)));
        assertThat(defaults.limit(Limit.TARGET_REQUESTS)).isEqualTo(WindowLimit.of(5, Duration.ofHours(24)));
        assertThat(defaults.limit(Limit.TARGET_SENDS)).isEqualTo(WindowLimit.of(10, Duration.ofHours(24)));
        assertThat(defaults.country("NG")).isEqualTo(WindowLimit.of(100, Duration.ofHours(1)));
        assertThat(defaults.limit(Limit.GLOBAL_SENDS)).isEqualTo(WindowLimit.of(1_000, Duration.ofHours(1)));
    }
}
