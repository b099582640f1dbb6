package io.github.mfaoverride.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;

class PostgresMigrationUpgradeTest extends MigrationUpgradeScenarios {

    private HikariDataSource pool;

    @Override
    DataSource databaseAtVersion1() {
        pool = TestDatabases.pool(TestDatabases.postgresUrlUpTo("1"), 4, "upgrade");
        return pool;
    }

    @Override
    String migrations() {
        return JdbcMigrations.POSTGRESQL;
    }

    @AfterEach
    void closePool() {
        pool.close();
    }
}
