package io.github.mfaoverride.testkit;

import static io.github.mfaoverride.testkit.TestUsers.phone;
import static io.github.mfaoverride.testkit.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.mfaoverride.domain.AdminRole;
import io.github.mfaoverride.domain.MfaEnrollment;
import io.github.mfaoverride.domain.Organization;
import io.github.mfaoverride.domain.OrganizationId;
import io.github.mfaoverride.domain.OrganizationType;
import io.github.mfaoverride.domain.PhoneLineType;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.domain.UserStatus;
import io.github.mfaoverride.error.ConcurrentUpdateException;
import io.github.mfaoverride.error.UnknownEntityException;
import io.github.mfaoverride.port.UserDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link UserDirectory} must show; extend it in an adapter's tests and implement the factory
 * methods.
 *
 * <p>Each test gets a fresh, empty directory from {@link #newDirectory()} and seeds what it reads through
 * {@link #seed(Organization)} and {@link #seed(User)}, so the suite needs nothing but the port and a way in.
 */
public abstract class UserDirectoryContract {

    private static final Instant VERIFIED_AT = Instant.parse("2026-01-05T09:00:00Z");

    private UserDirectory directory;

    /**
     * Creates the directory under test, empty, for one test.
     *
     * @return a directory with no users and no organizations
     */
    protected abstract UserDirectory newDirectory();

    /**
     * Stores an organization where the directory from {@link #newDirectory()} reads it.
     *
     * @param organization the organization
     */
    protected abstract void seed(Organization organization);

    /**
     * Stores a user, version included, where the directory from {@link #newDirectory()} reads it, as the host's
     * own screens would.
     *
     * @param user the user
     */
    protected abstract void seed(User user);

    /**
     * Stores a user whose status column holds text of the host's choosing. Stores that can only hold the
     * library's statuses keep the default, which skips the tests that need it.
     *
     * @param user the user, whose own status is ignored
     * @param storedStatus the raw status text to store
     * @return true when the user was stored, false when this store cannot hold raw status text
     */
    protected boolean seedWithStoredStatus(User user, String storedStatus) {
        return false;
    }

    /** Creates the directory for the next test. */
    @BeforeEach
    void createDirectory() {
        directory = newDirectory();
    }

    @Test
    void findUserWhenAbsentThenEmpty() {
        assertThat(directory.findUser(UserId.of("nobody"))).isEmpty();
    }

    @Test
    void findUserWhenSeededThenReturnsEveryField() {
        User stored = user("u-1").username("Ana Lima").in("m-1").status(UserStatus.SUSPENDED)
                .locale(Locale.forLanguageTag("pt-BR")).notifiedAt("ana@example.test")
                .notifiedAt("security@example.test").mfaOn("+12015550101")
                .grant(AdminRole.MERCHANT_ADMIN, "m-1").grant(AdminRole.PARTNER_ADMIN, "p-1").version(7).build();
        seed(stored);

        User found = directory.findUser(stored.id()).orElseThrow();

        assertThat(found).isEqualTo(stored);
        assertThat(found.notificationAddresses()).containsExactly("ana@example.test", "security@example.test");
    }

    @Test
    void findUserWhenNoPhoneNoRolesNoAddressesThenEmptyParts() {
        User stored = user("u-2").build();
        seed(stored);

        User found = directory.findUser(stored.id()).orElseThrow();

        assertThat(found.mfa()).isEqualTo(MfaEnrollment.none());
        assertThat(found.grants()).isEmpty();
        assertThat(found.notificationAddresses()).isEmpty();
    }

    @Test
    void findUserWhenPhoneWithoutMfaThenKeepsPhoneAndMfaOff() {
        User stored = user("u-3").phoneWithoutMfa("+12015550102").build();
        seed(stored);

        MfaEnrollment found = directory.findUser(stored.id()).orElseThrow().mfa();

        assertThat(found.enabled()).isFalse();
        assertThat(found.phone()).contains(phone("+12015550102"));
        assertThat(found.phoneVerifiedAt()).isEmpty();
    }

    @Test
    void findUserWhenStoredStatusIsUnknownToTheLibraryThenUnknown() {
        assumeTrue(seedWithStoredStatus(user("u-4").build(), "ON_VACATION"), "store holds only library statuses");

        assertThat(directory.findUser(UserId.of("u-4")).orElseThrow().status()).isEqualTo(UserStatus.UNKNOWN);
    }

    @Test
    void findUserWhenStoredStatusDiffersInCaseThenMapsToTheLibraryStatus() {
        assumeTrue(seedWithStoredStatus(user("u-5").build(), "active"), "store holds only library statuses");

        assertThat(directory.findUser(UserId.of("u-5")).orElseThrow().status()).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void findOrganizationWhenAbsentThenEmpty() {
        assertThat(directory.findOrganization(OrganizationId.of("nowhere"))).isEmpty();
    }

    @Test
    void findOrganizationWhenSeededThenReturnsTypeAndParent() {
        Organization partner = Organization.topLevel(OrganizationId.of("p-1"), "Partner One",
                OrganizationType.PARTNER);
        Organization merchant = Organization.under(partner.id(), OrganizationId.of("m-1"), "Merchant One",
                OrganizationType.MERCHANT);
        seed(partner);
        seed(merchant);

        assertThat(directory.findOrganization(partner.id())).contains(partner);
        assertThat(directory.findOrganization(merchant.id())).contains(merchant);
    }

    @Test
    void replaceMfaWhenVersionMatchesThenStoresItAndMovesVersionOn() {
        User stored = user("u-6").username("Bo").notifiedAt("bo@example.test").mfaOn("+12015550103")
                .grant(AdminRole.ENTERPRISE_ADMIN, "e-1").version(3).build();
        seed(stored);
        MfaEnrollment next = MfaEnrollment.verified(phone("+12015550104"), VERIFIED_AT);

        directory.replaceMfa(stored.id(), 3, next);

        assertThat(directory.findUser(stored.id())).contains(stored.withMfa(next).withVersion(4));
    }

    @Test
    void replaceMfaWhenClearingThePhoneThenStoresNone() {
        User stored = user("u-7").mfaOn("+12015550105").build();
        seed(stored);

        directory.replaceMfa(stored.id(), 0, MfaEnrollment.none());

        assertThat(directory.findUser(stored.id()).orElseThrow().mfa()).isEqualTo(MfaEnrollment.none());
    }

    @Test
    void replaceMfaWhenLineTypeWasRefinedThenKeepsIt() {
        User stored = user("u-8").build();
        seed(stored);
        MfaEnrollment voip = new MfaEnrollment(true, Optional.of(phone("+12015550106")
                .withLineType(PhoneLineType.VOIP)), Optional.of(VERIFIED_AT));

        directory.replaceMfa(stored.id(), 0, voip);

        assertThat(directory.findUser(stored.id()).orElseThrow().mfa().phone().orElseThrow().lineType())
                .isEqualTo(PhoneLineType.VOIP);
    }

    @Test
    void replaceMfaWhenVersionIsStaleThenConcurrentUpdateAndUnchanged() {
        User stored = user("u-9").mfaOn("+12015550107").version(2).build();
        seed(stored);

        assertThatThrownBy(() -> directory.replaceMfa(stored.id(), 1,
                MfaEnrollment.verified(phone("+12015550108"), VERIFIED_AT)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(directory.findUser(stored.id())).contains(stored);
    }

    @Test
    void replaceMfaWhenUserIsUnknownThenUnknownEntity() {
        assertThatThrownBy(() -> directory.replaceMfa(UserId.of("ghost"), 0, MfaEnrollment.none()))
                .isInstanceOfSatisfying(UnknownEntityException.class, e -> {
                    assertThat(e.entity()).isEqualTo("user");
                    assertThat(e.id()).isEqualTo("ghost");
                });
    }

    @Test
    void replaceMfaWhenRacedFromOneVersionThenExactlyOneWins() throws Exception {
        User stored = user("u-10").build();
        seed(stored);
        int racers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                String number = "+1201555011" + i;
                Callable<Boolean> racer = () -> {
                    start.await();
                    try {
                        directory.replaceMfa(stored.id(), 0, MfaEnrollment.verified(phone(number), VERIFIED_AT));
                        return true;
                    } catch (ConcurrentUpdateException lost) {
                        return false;
                    }
                };
                results.add(pool.submit(racer));
            }
            start.countDown();
            int wins = 0;
            for (Future<Boolean> result : results) {
                wins += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }

            assertThat(wins).isEqualTo(1);
            assertThat(directory.findUser(stored.id()).orElseThrow().version()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
