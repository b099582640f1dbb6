package io.github.mfaoverride.examples;

import io.github.mfaoverride.MfaOverride;
import com.zaxxer.hikari.HikariDataSource;
import io.github.mfaoverride.adapters.inmemory.OutcomeCounter;
import io.github.mfaoverride.adapters.jdbc.JdbcStore;
import io.github.mfaoverride.audit.AuditRecord;
import io.github.mfaoverride.authorization.Eligibility;
import io.github.mfaoverride.command.AnswerStepUp;
import io.github.mfaoverride.command.BeginPhoneChange;
import io.github.mfaoverride.command.SendCode;
import io.github.mfaoverride.command.VerifyCode;
import io.github.mfaoverride.domain.AdminGrant;
import io.github.mfaoverride.domain.AdminRole;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.MfaEnrollment;
import io.github.mfaoverride.domain.Organization;
import io.github.mfaoverride.domain.OrganizationId;
import io.github.mfaoverride.domain.OrganizationType;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.domain.UserStatus;
import io.github.mfaoverride.outcome.BeginOutcome;
import io.github.mfaoverride.outcome.Refused;
import io.github.mfaoverride.outcome.SendOutcome;
import io.github.mfaoverride.outcome.StepUpOutcome;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.screening.NumberPolicy;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Walks the source article's flow end to end and prints each screen it names: Users grid, User Details, Extra
 * security step, Edit Phone Number, Enter the Code, back to User Details, and the Users grid with the new number.
 * Then shows one refusal: an Inactive user's number cannot be changed.
 *
 * <p>It runs on the embedded defaults: an in-memory H2 database holding the library's schema, used through the
 * JDBC adapters, and a console outbox standing in for the phones. Run it with
 * {@code ./mvnw -B -q -Pdemo -pl examples -am -DskipTests package}.
 */
public final class Quickstart {

    private static final UserId ALICE = UserId.of("alice");
    private static final UserId BOB = UserId.of("bob");
    private static final UserId CAROL = UserId.of("carol");

    private final PrintStream out;
    private final DemoDirectory directory;
    private final ConsoleOutbox phones;
    private final MfaOverride mfa;
    private final JdbcStore store;
    private final OutcomeCounter outcomes = new OutcomeCounter();

    private Quickstart(PrintStream out, HikariDataSource database) {
        this.out = out;
        this.store = JdbcStore.on(database);
        this.directory = new DemoDirectory(store.directory(), database);
        this.phones = new ConsoleOutbox(out);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.mfa = MfaOverride.builder()
                .directory(store.directory())
                .requests(store.requests())
                .transactions(store.transactions())
                .codeDelivery(phones)
                .secret(secret)
                .numberScreening(NumberPolicy.defaults())              // no premium-rate, shared-cost, toll-free
                .rateLimitCounters(store.rateLimitCounters())          // per admin, user, number, country, global
                .auditTrail(store.auditTrail())
                .changeNotices(new ConsoleNotices(out))                // tells the user through other channels
                .eventListener(outcomes)
                .build();
    }

    /**
     * Runs the demo on the console.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        runOn(System.out);
    }

    /**
     * Runs the demo, printing to the given stream.
     *
     * @param out where the screens are printed, not null
     */
    public static void runOn(PrintStream out) {
        try (HikariDataSource database = EmbeddedDatabase.start("quickstart-" + System.nanoTime())) {
            new Quickstart(out, database).run();
        }
    }

    private void run() {
        seed();
        directory.printUsersGrid(out);

        screen("User Details", "alice (Merchant Admin of Corner Bakery) opens bob");
        Eligibility eligibility = mfa.eligibility(ALICE, BOB);
        directory.printUserDetails(out, BOB);
        out.println("  edit icon next to the phone number: "
                + (eligibility.showPhoneEditControl() ? "shown" : "hidden"));

        screen("Extra security step", "alice clicks the edit icon and must verify herself via MFA");
        BeginOutcome.Started started = (BeginOutcome.Started) mfa.begin(new BeginPhoneChange(ALICE, BOB));
        out.println("  " + started.stepUpPrompt());
        String aliceCode = phones.readLatestCodeOn(directory.phoneOf(ALICE));
        StepUpOutcome.Passed passed = (StepUpOutcome.Passed) mfa.answerStepUp(
                new AnswerStepUp(started.requestId(), ALICE, aliceCode));
        out.println("  alice enters the code from her phone: verified");

        screen("Edit Phone Number", "bob lost his phone and gives alice his new number");
        SendOutcome sent = mfa.sendCode(new SendCode(started.requestId(), ALICE, passed.stepUpProof(),
                "(201) 555-0199", "US", DeliveryMethod.SMS));
        SendOutcome.CodeSent codeSent = (SendOutcome.CodeSent) sent;
        out.println("  alice types it, chooses SMS and clicks Send code: code sent to " + codeSent.maskedDestination()
                + ", valid until " + codeSent.codeExpiresAt());

        screen("Enter the Code", "bob reads the code from his new phone to alice");
        String bobCode = phones.readLatestCodeOn(PhoneNumber.parse("(201) 555-0199", "US").orElseThrow());
        VerifyOutcome verified = mfa.verifyCode(new VerifyCode(started.requestId(), ALICE, passed.stepUpProof(),
                bobCode));
        VerifyOutcome.Completed completed = (VerifyOutcome.Completed) verified;
        out.println("  alice enters it and selects \"Verify and Update Phone Number\": updated to "
                + completed.maskedPhone());

        screen("User Details", "alice is back on bob's details; bob is told through his other channels");
        directory.printUserDetails(out, BOB);
        directory.printUsersGrid(out);

        screen("User Details", "a refusal: carol is Inactive");
        directory.printUserDetails(out, CAROL);
        Eligibility carol = mfa.eligibility(ALICE, CAROL);
        out.println("  edit icon next to the phone number: hidden, because " + carol.reasons());
        if (mfa.begin(new BeginPhoneChange(ALICE, CAROL)) instanceof Refused refused) {
            out.println("  asking anyway is refused: " + refused.reason() + " " + refused.ineligibilities());
        }

        screen("Audit trail", "what the library recorded about bob's change: no code, no full number");
        for (AuditRecord record : store.auditTrail().recordsOf(started.requestId())) {
            out.printf("  %s %-14s %-9s state=%s new=%s%n", record.at(), record.step(), record.outcome(),
                    record.state().map(Object::toString).orElse("-"), record.maskedNewNumber().orElse("-"));
        }
        screen("Outcome counts", "an event listener a host would feed to its metrics");
        outcomes.snapshot().forEach((name, count) -> out.printf("  %-40s %d%n", name, count));
    }

    private void screen(String name, String story) {
        out.println();
        out.println("== " + name + " ==  (" + story + ")");
    }

    private void seed() {
        OrganizationId forte = OrganizationId.of("forte");
        OrganizationId bakery = OrganizationId.of("corner-bakery");
        directory.save(Organization.topLevel(forte, "CSG Forte", OrganizationType.PLATFORM_OPERATOR));
        directory.save(Organization.under(forte, bakery, "Corner Bakery", OrganizationType.MERCHANT));
        directory.save(person(ALICE, bakery, UserStatus.ACTIVE, "+12015550100",
                Set.of(new AdminGrant(AdminRole.MERCHANT_ADMIN, bakery))));
        directory.save(person(BOB, bakery, UserStatus.ACTIVE, "+12015550142", Set.of()));
        directory.save(person(CAROL, bakery, UserStatus.INACTIVE, "+12015550177", Set.of()));
    }

    private static User person(UserId id, OrganizationId org, UserStatus status, String phone,
            Set<AdminGrant> grants) {
        MfaEnrollment mfa = MfaEnrollment.verified(PhoneNumber.ofE164(phone), Instant.parse("2026-01-05T09:00:00Z"));
        return new User(id, id.value(), org, status, Locale.US, List.of(id.value() + "@example.com"), mfa, grants, 0);
    }
}
