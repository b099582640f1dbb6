package io.github.mfaoverride.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.github.mfaoverride.limits.RateLimitCounters;
import io.github.mfaoverride.testkit.RateLimitCountersContract;
import org.junit.jupiter.api.AfterEach;

class PostgresRateLimitCountersTest extends RateLimitCountersContract {

    private HikariDataSource dataSource;

    @Override
    protected RateLimitCounters counters() {
        dataSource = TestDatabases.postgres();
        return JdbcStore.on(dataSource).rateLimitCounters();
    }

    @AfterEach
    void closePool() {
        dataSource.close();
    }
}
