package io.github.mfaoverride.adapters.inmemory;

import io.github.mfaoverride.limits.RateLimitCounters;
import io.github.mfaoverride.testkit.RateLimitCountersContract;

class InMemoryRateLimitCountersTest extends RateLimitCountersContract {

    @Override
    protected RateLimitCounters counters() {
        return new InMemoryRateLimitCounters();
    }
}
