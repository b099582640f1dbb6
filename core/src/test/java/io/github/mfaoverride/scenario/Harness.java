package io.github.mfaoverride.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.MfaOverride;
import io.github.mfaoverride.adapters.inmemory.InMemoryAuditTrail;
import io.github.mfaoverride.adapters.inmemory.InMemoryChangeNotices;
import io.github.mfaoverride.adapters.inmemory.InMemoryCodeOutbox;
import io.github.mfaoverride.adapters.inmemory.InMemoryEventLog;
import io.github.mfaoverride.adapters.inmemory.InMemoryRateLimitCounters;
import io.github.mfaoverride.adapters.inmemory.InMemoryStore;
import io.github.mfaoverride.adapters.inmemory.OutcomeCounter;
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
import io.github.mfaoverride.testkit.MutableClock;
import io.github.mfaoverride.testkit.TestUsers;
import io.github.mfaoverride.workflow.RequestId;
import java.time.Duration;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A facade wired to every in-memory adapter, including the abuse guards and accountability, with an organization
 * "Acme Stores" (merchant m-1), a clock standing still until moved, and helpers to walk a request along.
 */
public final class Harness {

    /** The response the scripted step-up accepts. */
    public static final String STEP_UP_OK = "approve";

    public final MutableClock clock = MutableClock.startingMonday();
    public final InMemoryStore store = new InMemoryStore();
    public final InMemoryCodeOutbox outbox = new InMemoryCodeOutbox();
    public final InMemoryRateLimitCounters counters = new InMemoryRateLimitCounters();
    public final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    public final InMemoryChangeNotices notices = new InMemoryChangeNotices();
    public final InMemoryEventLog events = new InMemoryEventLog();
    public final OutcomeCounter outcomes = new OutcomeCounter();
    public final MfaOverride mfa;

    private Harness(UnaryOperator<MfaOverride.Builder> tweaks) {
        store.directory().save(Organization.topLevel(OrganizationId.of("m-1"), "Acme Stores",
                OrganizationType.MERCHANT));
        MfaOverride.Builder builder = MfaOverride.builder()
                .directory(store.directory()).requests(store.requests()).transactions(store.transactions())
                .codeDelivery(outbox).secret(new byte[32]).clock(clock)
                .stepUpVerifier(new ScriptedStepUpVerifier(STEP_UP_OK, clock, Duration.ofMinutes(5)))
                .rateLimitCounters(counters).auditTrail(audit).changeNotices(notices)
                .disputeContact("security@acme.example").eventListener(events).eventListener(outcomes);
        this.mfa = tweaks.apply(builder).build();
    }

    /**
     * Wires a harness with the defaults.
     *
     * @return the harness
     */
    public static Harness create() {
        return new Harness(builder -> builder);
    }

    /**
     * Wires a harness, letting the test change the builder first.
     *
     * @param tweaks changes to the builder
     * @return the harness
     */
    public static Harness create(UnaryOperator<MfaOverride.Builder> tweaks) {
        return new Harness(tweaks);
    }

    /**
     * Saves a Merchant Admin of m-1 with MFA on.
     *
     * @param id the user id
     * @return the admin's id
     */
    public UserId admin(String id) {
        return save(TestUsers.user(id).in("m-1").grant(AdminRole.MERCHANT_ADMIN, "m-1").mfaOn("+12015550100"));
    }

    /**
     * Saves an ordinary user of m-1 with MFA on +1 201-555-0101 and one notification address.
     *
     * @param id the user id
     * @return the user's id
     */
    public UserId user(String id) {
        return save(TestUsers.user(id).in("m-1").mfaOn("+12015550101").notifiedAt(id + "@mail.example"));
    }

    /**
     * Saves a user built by the test.
     *
     * @param user the fixture
     * @return the user's id
     */
    public UserId save(TestUsers user) {
        User built = user.build();
        store.directory().save(built);
        return built.id();
    }

    /**
     * Saves a user of m-1 in a given language.
     *
     * @param id the user id
     * @param locale the language
     * @return the user's id
     */
    public UserId userSpeaking(String id, Locale locale) {
        return save(TestUsers.user(id).in("m-1").mfaOn("+12015550101").notifiedAt(id + "@mail.example")
                .locale(locale));
    }

    /**
     * Begins a change and passes the step-up.
     *
     * @param admin the admin
     * @param target the user
     * @return the request and its proof
     */
    public Flow stepUp(UserId admin, UserId target) {
        BeginOutcome begun = mfa.begin(new BeginPhoneChange(admin, target));
        assertThat(begun).isInstanceOf(BeginOutcome.Started.class);
        RequestId id = ((BeginOutcome.Started) begun).requestId();
        StepUpOutcome passed = mfa.answerStepUp(new AnswerStepUp(id, admin, STEP_UP_OK));
        assertThat(passed).isInstanceOf(StepUpOutcome.Passed.class);
        return new Flow(id, admin, ((StepUpOutcome.Passed) passed).stepUpProof());
    }

    /**
     * Sends the first code of a flow by SMS.
     *
     * @param flow the flow
     * @param number the new number, E.164
     * @return the outcome
     */
    public SendOutcome send(Flow flow, String number) {
        return mfa.sendCode(new SendCode(flow.id(), flow.admin(), flow.proof(), number, null, DeliveryMethod.SMS));
    }

    /**
     * Returns the last code delivered to a number.
     *
     * @param number the number, E.164
     * @return the code
     */
    public String lastCodeTo(String number) {
        return outbox.lastTo(PhoneNumber.ofE164(number)).orElseThrow().code();
    }

    /**
     * Walks a change from begin to the right code.
     *
     * @param admin the admin
     * @param target the user
     * @param number the new number, E.164
     * @return the verify outcome and the flow
     */
    public VerifyOutcome change(UserId admin, UserId target, String number) {
        Flow flow = stepUp(admin, target);
        assertThat(send(flow, number)).isInstanceOf(SendOutcome.CodeSent.class);
        return mfa.verifyCode(new VerifyCode(flow.id(), admin, flow.proof(), lastCodeTo(number)));
    }

    /**
     * A request past its step-up.
     *
     * @param id the request
     * @param admin the admin
     * @param proof the step-up proof
     */
    public record Flow(RequestId id, UserId admin, String proof) {
    }
}
