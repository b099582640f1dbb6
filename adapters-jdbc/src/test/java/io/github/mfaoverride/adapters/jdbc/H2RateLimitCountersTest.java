package io.github.mfaoverride.adapters.jdbc;

import io.github.mfaoverride.limits.RateLimitCounters;
import io.github.mfaoverride.testkit.RateLimitCountersContract;

class H2RateLimitCountersTest extends RateLimitCountersContract {

    @Override
    protected RateLimitCounters counters() {
        return JdbcStore.on(TestDatabases.h2()).rateLimitCounters();
    }
}
