package io.github.mfaoverride.adapters.jdbc;

import io.github.mfaoverride.port.PhoneChangeRequests;
import io.github.mfaoverride.testkit.PhoneChangeRequestsContract;

class H2PhoneChangeRequestsTest extends PhoneChangeRequestsContract {

    @Override
    protected PhoneChangeRequests newRequests() {
        return JdbcStore.on(TestDatabases.h2()).requests();
    }
}
