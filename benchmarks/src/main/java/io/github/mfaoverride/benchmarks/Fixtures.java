package io.github.mfaoverride.benchmarks;

import io.github.mfaoverride.MfaOverride;
import io.github.mfaoverride.adapters.inmemory.ScriptedStepUpVerifier;
import io.github.mfaoverride.domain.AdminGrant;
import io.github.mfaoverride.domain.AdminRole;
import io.github.mfaoverride.domain.MfaEnrollment;
import io.github.mfaoverride.domain.Organization;
import io.github.mfaoverride.domain.OrganizationId;
import io.github.mfaoverride.domain.OrganizationType;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.domain.UserStatus;
import io.github.mfaoverride.port.CodeDelivery;
import io.github.mfaoverride.port.PhoneChangeRequests;
import io.github.mfaoverride.port.Transactions;
import io.github.mfaoverride.port.UserDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The people every benchmark works on: a platform operator with one merchant under it, merchant admins with MFA,
 * their users, and admins about to opt in to MFA. Numbers are from the range reserved for fiction.
 */
final class Fixtures {

    static final OrganizationId PLATFORM = OrganizationId.of("forte");
    static final OrganizationId MERCHANT = OrganizationId.of("corner-bakery");
    static final String ADMIN_PHONE = "+12015550100";
    static final String FIRST_PHONE = "+12015550142";
    static final String SECOND_PHONE = "+12015550199";
    static final String OPT_IN_PHONE = "+12015550123";
    static final String STEP_UP_ANSWER = "approve";

    private static final Instant ENROLLED_AT = Instant.parse("2026-01-05T09:00:00Z");
    private static final AtomicInteger PAIRS = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    private Fixtures() {
    }

    static List<Organization> organizations() {
        return List.of(Organization.topLevel(PLATFORM, "CSG Forte", OrganizationType.PLATFORM_OPERATOR),
                Organization.under(PLATFORM, MERCHANT, "Corner Bakery", OrganizationType.MERCHANT));
    }

    /** A fresh pair of ids, unique in this JVM and unlikely to meet another run's in a shared database. */
    static Pair nextPair() {
        int n = PAIRS.incrementAndGet();
        return new Pair(UserId.of("admin-" + RUN + "-" + n), UserId.of("user-" + RUN + "-" + n));
    }

    static User admin(UserId id) {
        return person(id, MfaEnrollment.verified(PhoneNumber.ofE164(ADMIN_PHONE), ENROLLED_AT),
                Set.of(new AdminGrant(AdminRole.MERCHANT_ADMIN, MERCHANT)));
    }

    static User target(UserId id) {
        return person(id, MfaEnrollment.verified(PhoneNumber.ofE164(FIRST_PHONE), ENROLLED_AT), Set.of());
    }

    /** An admin without MFA yet, the one who opts in. */
    static User optInAdmin(UserId id) {
        return person(id, MfaEnrollment.none(), Set.of(new AdminGrant(AdminRole.MERCHANT_ADMIN, MERCHANT)));
    }

    static MfaOverride facade(UserDirectory directory, PhoneChangeRequests requests, Transactions transactions,
            CodeDelivery delivery, Clock clock) {
        byte[] secret = new byte[32];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (byte) (i * 31 + 7);
        }
        return MfaOverride.builder()
                .directory(directory).requests(requests).transactions(transactions)
                .codeDelivery(delivery)
                .stepUpVerifier(new ScriptedStepUpVerifier(STEP_UP_ANSWER, clock, Duration.ofMinutes(5)))
                .secret(secret)
                .clock(clock)
                .build();
    }

    private static User person(UserId id, MfaEnrollment mfa, Set<AdminGrant> grants) {
        return new User(id, id.value(), MERCHANT, UserStatus.ACTIVE, Locale.US, List.of(id.value() + "@example.com"),
                mfa, grants, 0);
    }

    /** An admin and the user whose phone they change, private to one benchmark thread. */
    record Pair(UserId admin, UserId target) {
    }
}
