package io.github.mfaoverride.adapters.inmemory;

import io.github.mfaoverride.port.PhoneChangeRequests;
import io.github.mfaoverride.testkit.PhoneChangeRequestsContract;

class InMemoryPhoneChangeRequestsTest extends PhoneChangeRequestsContract {

    @Override
    protected PhoneChangeRequests newRequests() {
        return new InMemoryStore().requests();
    }
}
