package io.github.mfaoverride.adapters.jdbc;

import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.testkit.TransactionsContract;

class H2TransactionsTest extends TransactionsContract {

    private JdbcStore store;

    @Override
    protected Storage newStorage() {
        store = JdbcStore.on(TestDatabases.h2());
        return new Storage(store.directory(), store.requests(), store.transactions());
    }

    @Override
    protected void seed(User user) {
        store.directory().save(user);
    }
}
