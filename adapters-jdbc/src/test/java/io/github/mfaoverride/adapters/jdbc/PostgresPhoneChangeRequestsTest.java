package io.github.mfaoverride.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.github.mfaoverride.port.PhoneChangeRequests;
import io.github.mfaoverride.testkit.PhoneChangeRequestsContract;
import org.junit.jupiter.api.AfterEach;

class PostgresPhoneChangeRequestsTest extends PhoneChangeRequestsContract {

    private HikariDataSource dataSource;

    @Override
    protected PhoneChangeRequests newRequests() {
        dataSource = TestDatabases.postgres();
        return JdbcStore.on(dataSource).requests();
    }

    @AfterEach
    void closePool() {
        dataSource.close();
    }
}
