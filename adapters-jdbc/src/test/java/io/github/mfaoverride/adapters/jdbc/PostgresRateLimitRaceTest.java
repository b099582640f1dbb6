package io.github.mfaoverride.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.github.mfaoverride.limits.RateLimitCounters;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

class PostgresRateLimitRaceTest extends RateLimitRaceScenarios {

    private HikariDataSource poolA;
    private HikariDataSource poolB;

    @Override
    List<RateLimitCounters> twoNodes() {
        String url = TestDatabases.postgresUrl();
        poolA = TestDatabases.pool(url, 4, "counters-a");
        poolB = TestDatabases.pool(url, 4, "counters-b");
        return List.of(JdbcStore.on(poolA).rateLimitCounters(), JdbcStore.on(poolB).rateLimitCounters());
    }

    @AfterEach
    void closePools() {
        poolA.close();
        poolB.close();
    }
}
