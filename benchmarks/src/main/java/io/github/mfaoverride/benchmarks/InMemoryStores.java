package io.github.mfaoverride.benchmarks;

import io.github.mfaoverride.MfaOverride;
import io.github.mfaoverride.adapters.inmemory.InMemoryStore;
import io.github.mfaoverride.domain.MfaEnrollment;
import io.github.mfaoverride.domain.Organization;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import java.time.Clock;
import java.time.Instant;

/** The library wired to the in-memory adapters, with the fixtures seeded. */
final class InMemoryStores {

    private static final int PURGE_BATCH = 10_000;

    final InMemoryStore store = new InMemoryStore();
    final CapturedCodes phones = new CapturedCodes();
    final MfaOverride mfa;

    InMemoryStores(Clock clock) {
        for (Organization organization : Fixtures.organizations()) {
            store.directory().save(organization);
        }
        mfa = Fixtures.facade(store.directory(), store.requests(), store.transactions(), phones, clock);
    }

    FlowDriver newPair() {
        Fixtures.Pair pair = Fixtures.nextPair();
        store.directory().save(Fixtures.admin(pair.admin()));
        store.directory().save(Fixtures.target(pair.target()));
        return new FlowDriver(mfa, phones, pair);
    }

    FlowDriver newOptInAdmin() {
        Fixtures.Pair pair = Fixtures.nextPair();
        store.directory().save(Fixtures.optInAdmin(pair.admin()));
        return new FlowDriver(mfa, phones, pair);
    }

    /** Turns an admin's MFA off again, as a host's own admin screen would, so they can opt in once more. */
    void turnMfaOff(UserId admin) {
        User current = store.directory().findUser(admin).orElseThrow();
        store.directory().save(current.withMfa(MfaEnrollment.none()));
    }

    /** Forgets every request, open or not, so a long run does not measure an ever larger map. */
    void forgetRequests() {
        while (store.requests().purgeExpiredBefore(Instant.MAX, PURGE_BATCH) == PURGE_BATCH) {
            continue;
        }
    }
}
