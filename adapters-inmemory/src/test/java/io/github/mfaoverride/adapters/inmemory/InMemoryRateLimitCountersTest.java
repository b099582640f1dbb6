package io.github.mfaoverride.limits;

import io.github.mfaoverride.adapters.inmemory.InMemoryRateLimitCounters;

class InMemoryRateLimitCountersTest extends RateLimitCountersContract {

    @Override
    protected RateLimitCounters counters() {
        return new InMemoryRateLimitCounters();
    }
}
