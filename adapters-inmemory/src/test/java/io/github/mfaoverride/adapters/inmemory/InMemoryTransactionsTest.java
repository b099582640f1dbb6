package io.github.mfaoverride.adapters.inmemory;

import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.testkit.TransactionsContract;

class InMemoryTransactionsTest extends TransactionsContract {

    private InMemoryStore store;

    @Override
    protected Storage newStorage() {
        store = new InMemoryStore();
        return new Storage(store.directory(), store.requests(), store.transactions());
    }

    @Override
    protected void seed(User user) {
        store.directory().save(user);
    }
}
