package io.github.mfaoverride;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.adapters.inmemory.InMemoryCodeOutbox;
import io.github.mfaoverride.adapters.inmemory.InMemoryStore;
import io.github.mfaoverride.adapters.inmemory.ScriptedStepUpVerifier;
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
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.outcome.BeginOutcome;
import io.github.mfaoverride.outcome.SendOutcome;
import io.github.mfaoverride.outcome.StepUpOutcome;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.port.CodeMessage;
import io.github.mfaoverride.port.CodePurpose;
import io.github.mfaoverride.testkit.MutableClock;
import io.github.mfaoverride.testkit.TestUsers;
import io.github.mfaoverride.workflow.PhoneChangeRequest;
import io.github.mfaoverride.workflow.RequestId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The article's world, wired to the real in-memory adapters: an operator, a partner with a merchant and an
 * enterprise under it, a second merchant elsewhere, one admin per role and a target user in each organization.
 */
final class FlowFixture {

    static final String APPROVE = "approve";
    static final String OLD_NUMBER = "+12015550111";
    static final String NEW_NUMBER = "+12015550122";
    static final String NEW_NUMBER_NATIONAL = "2015550122";
    static final String OTHER_NUMBER = "+12015550133";
    static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    static final String OPERATOR = "org-forte";
    static final String PARTNER = "org-partner";
    static final String MERCHANT = "org-merchant";
    static final String ENTERPRISE = "org-enterprise";
    static final String OTHER_MERCHANT = "org-merchant-2";

    static final UserId OPERATOR_ADMIN = UserId.of("forte-admin");
    static final UserId PARTNER_ADMIN = UserId.of("partner-admin");
    static final UserId MERCHANT_ADMIN = UserId.of("merchant-admin");
    static final UserId ENTERPRISE_ADMIN = UserId.of("enterprise-admin");
    static final UserId EMPLOYEE = UserId.of("forte-employee");
    static final UserId PARTNER_USER = UserId.of("partner-user");
    static final UserId MERCHANT_USER = UserId.of("merchant-user");
    static final UserId ENTERPRISE_USER = UserId.of("enterprise-user");
    static final UserId OTHER_MERCHANT_USER = UserId.of("merchant-2-user");

    final MutableClock clock = MutableClock.startingMonday();
    final InMemoryStore store = new InMemoryStore();
    final InMemoryCodeOutbox outbox = new InMemoryCodeOutbox();
    final ScriptedStepUpVerifier stepUp = new ScriptedStepUpVerifier(APPROVE, clock, Duration.ofMinutes(15));
    MfaOverride mfa;

    FlowFixture() {
        seed();
        configure(builder -> builder);
    }

    /** Rebuilds the facade over the same store, outbox and clock with some settings changed. */
    FlowFixture configure(UnaryOperator<MfaOverride.Builder> settings) {
        mfa = settings.apply(MfaOverride.builder()
                .directory(store.directory()).requests(store.requests()).transactions(store.transactions())
                .codeDelivery(outbox).stepUpVerifier(stepUp).secret(SECRET).clock(clock)).build();
        return this;
    }

    /** Rebuilds the facade with the built-in step-up: a code to the admin's own enrolled phone. */
    FlowFixture useBuiltInStepUp() {
        mfa = MfaOverride.builder()
                .directory(store.directory()).requests(store.requests()).transactions(store.transactions())
                .codeDelivery(outbox).secret(SECRET).clock(clock).build();
        return this;
    }

    private void seed() {
        organization(Organization.topLevel(OrganizationId.of(OPERATOR), "CSG Forte",
                OrganizationType.PLATFORM_OPERATOR));
        organization(Organization.topLevel(OrganizationId.of(PARTNER), "Partner", OrganizationType.PARTNER));
        organization(Organization.under(OrganizationId.of(PARTNER), OrganizationId.of(MERCHANT), "Merchant",
                OrganizationType.MERCHANT));
        organization(Organization.under(OrganizationId.of(PARTNER), OrganizationId.of(ENTERPRISE), "Enterprise",
                OrganizationType.ENTERPRISE));
        organization(Organization.topLevel(OrganizationId.of(OTHER_MERCHANT), "Merchant 2",
                OrganizationType.MERCHANT));

        save(TestUsers.user(OPERATOR_ADMIN.value()).in(OPERATOR).mfaOn("+12015550101")
                .grant(AdminRole.PLATFORM_OPERATOR_ADMIN, OPERATOR));
        save(TestUsers.user(PARTNER_ADMIN.value()).in(PARTNER).mfaOn("+12015550102")
                .grant(AdminRole.PARTNER_ADMIN, PARTNER));
        save(TestUsers.user(MERCHANT_ADMIN.value()).in(MERCHANT).mfaOn("+12015550103")
                .grant(AdminRole.MERCHANT_ADMIN, MERCHANT));
        save(TestUsers.user(ENTERPRISE_ADMIN.value()).in(ENTERPRISE).mfaOn("+12015550104")
                .grant(AdminRole.ENTERPRISE_ADMIN, ENTERPRISE));
        save(TestUsers.user(EMPLOYEE.value()).in(OPERATOR).mfaOn(OLD_NUMBER));
        save(TestUsers.user(PARTNER_USER.value()).in(PARTNER).mfaOn(OLD_NUMBER));
        save(TestUsers.user(MERCHANT_USER.value()).in(MERCHANT).mfaOn(OLD_NUMBER));
        save(TestUsers.user(ENTERPRISE_USER.value()).in(ENTERPRISE).mfaOn(OLD_NUMBER));
        save(TestUsers.user(OTHER_MERCHANT_USER.value()).in(OTHER_MERCHANT).mfaOn(OLD_NUMBER));
    }

    void organization(Organization organization) {
        store.directory().save(organization);
    }

    User save(TestUsers user) {
        User built = user.build();
        store.directory().save(built);
        return built;
    }

    User user(UserId id) {
        return store.directory().findUser(id).orElseThrow();
    }

    PhoneNumber phoneOf(UserId id) {
        return user(id).mfa().phone().orElseThrow();
    }

    PhoneChangeRequest request(RequestId id) {
        return store.requests().find(id).orElseThrow();
    }

    RequestId begin(UserId admin, UserId target) {
        BeginOutcome outcome = mfa.begin(new BeginPhoneChange(admin, target));
        assertThat(outcome).isInstanceOf(BeginOutcome.Started.class);
        return ((BeginOutcome.Started) outcome).requestId();
    }

    String passStepUp(RequestId id, UserId admin) {
        StepUpOutcome outcome = mfa.answerStepUp(new AnswerStepUp(id, admin, APPROVE));
        assertThat(outcome).isInstanceOf(StepUpOutcome.Passed.class);
        return ((StepUpOutcome.Passed) outcome).stepUpProof();
    }

    SendOutcome send(RequestId id, UserId admin, String proof, String number) {
        return mfa.sendCode(new SendCode(id, admin, proof, number, null, DeliveryMethod.SMS));
    }

    VerifyOutcome verify(RequestId id, UserId admin, String proof, String code) {
        return mfa.verifyCode(new VerifyCode(id, admin, proof, code));
    }

    /** A request of the merchant admin on the merchant user, with the step-up passed and a code on its way. */
    Started started() {
        RequestId id = begin(MERCHANT_ADMIN, MERCHANT_USER);
        String proof = passStepUp(id, MERCHANT_ADMIN);
        assertThat(send(id, MERCHANT_ADMIN, proof, NEW_NUMBER)).isInstanceOf(SendOutcome.CodeSent.class);
        return new Started(id, proof, lastCode());
    }

    List<CodeMessage> phoneChangeMessages() {
        return outbox.delivered().stream().filter(m -> m.purpose() == CodePurpose.PHONE_CHANGE).toList();
    }

    String lastCode() {
        List<CodeMessage> messages = outbox.delivered();
        return messages.get(messages.size() - 1).code();
    }

    /** A code of the right shape that differs from the given one. */
    static String wrong(String code) {
        String zeros = "0".repeat(code.length());
        return code.equals(zeros) ? "1".repeat(code.length()) : zeros;
    }

    /** A request ready for its code: its id, the step-up proof and the code the user received. */
    record Started(RequestId id, String proof, String code) {
    }
}
