package io.github.mfaoverride.adapters.jdbc;

import javax.sql.DataSource;

class H2CommitFailureTest extends CommitFailureScenarios {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
