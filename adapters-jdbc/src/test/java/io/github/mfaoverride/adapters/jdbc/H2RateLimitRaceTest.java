package io.github.mfaoverride.adapters.jdbc;

import io.github.mfaoverride.limits.RateLimitCounters;
import java.util.List;
import javax.sql.DataSource;

class H2RateLimitRaceTest extends RateLimitRaceScenarios {

    @Override
    List<RateLimitCounters> twoNodes() {
        DataSource database = TestDatabases.h2();
        return List.of(JdbcStore.on(database).rateLimitCounters(), JdbcStore.on(database).rateLimitCounters());
    }
}
