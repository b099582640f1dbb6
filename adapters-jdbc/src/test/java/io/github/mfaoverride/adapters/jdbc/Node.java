package io.github.mfaoverride.adapters.jdbc;

import static io.github.mfaoverride.testkit.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.MfaOverride;
import io.github.mfaoverride.adapters.inmemory.InMemoryCodeOutbox;
import io.github.mfaoverride.adapters.inmemory.ScriptedStepUpVerifier;
import io.github.mfaoverride.approval.ApprovalRule;
import io.github.mfaoverride.command.AnswerStepUp;
import io.github.mfaoverride.command.BeginPhoneChange;
import io.github.mfaoverride.command.SendCode;
import io.github.mfaoverride.command.VerifyCode;
import io.github.mfaoverride.domain.AdminRole;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.Organization;
import io.github.mfaoverride.domain.OrganizationId;
import io.github.mfaoverride.domain.OrganizationType;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.limits.RateLimitPolicy;
import io.github.mfaoverride.outcome.BeginOutcome;
import io.github.mfaoverride.outcome.SendOutcome;
import io.github.mfaoverride.outcome.StepUpOutcome;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.testkit.MutableClock;
import io.github.mfaoverride.workflow.RequestId;
import java.time.Duration;
import java.util.Arrays;
import javax.sql.DataSource;

/**
 * One service instance in a test: a facade over its own JDBC store, with an outbox for a phone and a scripted
 * step-up verifier that keeps no state, so a flow may move between instances.
 */
final class Node {

    static final UserId ADMIN = UserId.of("admin-1");
    static final UserId TARGET = UserId.of("target-1");
    static final String OLD_PHONE = "+12015550150";
    static final String NEW_PHONE = "+12015550151";
    static final String STEP_UP_ANSWER = "approve";

    private static final byte[] SECRET = secret();

    final JdbcStore store;
    final InMemoryCodeOutbox outbox = new InMemoryCodeOutbox();
    final MfaOverride mfa;

    Node(DataSource dataSource, MutableClock clock) {
        this.store = JdbcStore.on(dataSource);
        this.mfa = builder(clock).build();
    }

    /** A node that also keeps its rate-limit counters and audit trail in the database. */
    Node(DataSource dataSource, MutableClock clock, RateLimitPolicy limits) {
        this.store = JdbcStore.on(dataSource);
        this.mfa = builder(clock).rateLimitCounters(store.rateLimitCounters()).rateLimitPolicy(limits)
                .auditTrail(store.auditTrail()).build();
    }

    /** A node that holds changes for a second admin as the rule says, and keeps its audit trail in the database. */
    Node(DataSource dataSource, MutableClock clock, ApprovalRule approvals) {
        this.store = JdbcStore.on(dataSource);
        this.mfa = builder(clock).approvalRule(approvals).auditTrail(store.auditTrail()).build();
    }

    private MfaOverride.Builder builder(MutableClock clock) {
        return MfaOverride.builder()
                .directory(store.directory()).requests(store.requests()).transactions(store.transactions())
                .codeDelivery(outbox).stepUpVerifier(new ScriptedStepUpVerifier(STEP_UP_ANSWER, clock,
                        Duration.ofMinutes(5)))
                .secret(SECRET).clock(clock);
    }

    /** Seeds a merchant, an admin of it with MFA on, and a target user of it with a phone. */
    Node seedMerchant() {
        OrganizationId merchant = OrganizationId.of("m-1");
        store.directory().save(Organization.topLevel(merchant, "Merchant One", OrganizationType.MERCHANT));
        store.directory().save(user(ADMIN.value()).in(merchant.value()).mfaOn("+12015550140")
                .grant(AdminRole.MERCHANT_ADMIN, merchant.value()).build());
        store.directory().save(user(TARGET.value()).in(merchant.value()).mfaOn(OLD_PHONE).build());
        return this;
    }

    /** Seeds one more admin of the same merchant. */
    UserId seedAdmin(String id) {
        store.directory().save(user(id).in("m-1").mfaOn("+12015550141").grant(AdminRole.MERCHANT_ADMIN, "m-1")
                .build());
        return UserId.of(id);
    }

    RequestId begin() {
        BeginOutcome outcome = mfa.begin(new BeginPhoneChange(ADMIN, TARGET));
        assertThat(outcome).isInstanceOf(BeginOutcome.Started.class);
        return ((BeginOutcome.Started) outcome).requestId();
    }

    String passStepUp(RequestId id) {
        StepUpOutcome outcome = mfa.answerStepUp(new AnswerStepUp(id, ADMIN, STEP_UP_ANSWER));
        assertThat(outcome).isInstanceOf(StepUpOutcome.Passed.class);
        return ((StepUpOutcome.Passed) outcome).stepUpProof();
    }

    void sendCode(RequestId id, String proof) {
        SendOutcome outcome = mfa.sendCode(new SendCode(id, ADMIN, proof, NEW_PHONE, null, DeliveryMethod.SMS));
        assertThat(outcome).isInstanceOf(SendOutcome.CodeSent.class);
    }

    /** Returns the code that reached the new phone, as the user would read it out. */
    String codeOnNewPhone() {
        return outbox.lastTo(PhoneNumber.ofE164(NEW_PHONE)).orElseThrow().code();
    }

    VerifyOutcome verify(RequestId id, String proof, String code) {
        return mfa.verifyCode(new VerifyCode(id, ADMIN, proof, code));
    }

    PhoneNumber targetPhone() {
        return store.directory().findUser(TARGET).orElseThrow().mfa().phone().orElseThrow();
    }

    private static byte[] secret() {
        byte[] secret = new byte[32];
        Arrays.fill(secret, (byte) 7);
        return secret;
    }
}
