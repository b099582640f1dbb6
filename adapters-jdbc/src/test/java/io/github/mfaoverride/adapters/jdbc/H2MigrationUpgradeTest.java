package io.github.mfaoverride.adapters.jdbc;

import javax.sql.DataSource;

class H2MigrationUpgradeTest extends MigrationUpgradeScenarios {

    @Override
    DataSource databaseAtVersion1() {
        return TestDatabases.h2UpTo("1");
    }

    @Override
    String migrations() {
        return JdbcMigrations.H2;
    }
}
