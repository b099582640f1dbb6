package io.github.mfaoverride.adapters.jdbc;

import javax.sql.DataSource;

class H2OpenRequestSchemaTest extends OpenRequestSchemaScenarios {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
