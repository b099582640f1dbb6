package io.github.mfaoverride.adapters.inmemory;

import io.github.mfaoverride.domain.Organization;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.port.UserDirectory;
import io.github.mfaoverride.testkit.UserDirectoryContract;

class InMemoryUserDirectoryTest extends UserDirectoryContract {

    private InMemoryUserDirectory directory;

    @Override
    protected UserDirectory newDirectory() {
        directory = new InMemoryStore().directory();
        return directory;
    }

    @Override
    protected void seed(Organization organization) {
        directory.save(organization);
    }

    @Override
    protected void seed(User user) {
        directory.save(user);
    }
}
