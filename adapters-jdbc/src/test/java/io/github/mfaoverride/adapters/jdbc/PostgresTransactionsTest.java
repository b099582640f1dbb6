package io.github.mfaoverride.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.testkit.TransactionsContract;
import org.junit.jupiter.api.AfterEach;

class PostgresTransactionsTest extends TransactionsContract {

    private HikariDataSource dataSource;
    private JdbcStore store;

    @Override
    protected Storage newStorage() {
        dataSource = TestDatabases.postgres();
        store = JdbcStore.on(dataSource);
        return new Storage(store.directory(), store.requests(), store.transactions());
    }

    @Override
    protected void seed(User user) {
        store.directory().save(user);
    }

    @AfterEach
    void closePool() {
        dataSource.close();
    }
}
