package io.github.mfaoverride.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;

class PostgresOpenRequestSchemaTest extends OpenRequestSchemaScenarios {

    private HikariDataSource pool;

    @Override
    DataSource database() {
        pool = TestDatabases.postgres();
        return pool;
    }

    @AfterEach
    void closePool() {
        pool.close();
    }
}
