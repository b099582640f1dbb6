package io.github.mfaoverride.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.mfaoverride.approval.ApprovalRule;
import io.github.mfaoverride.command.AnswerStepUp;
import io.github.mfaoverride.command.ApproveChange;
import io.github.mfaoverride.command.BeginMfaOptIn;
import io.github.mfaoverride.command.BeginPhoneChange;
import io.github.mfaoverride.command.CancelRequest;
import io.github.mfaoverride.command.ConfirmMfaOptIn;
import io.github.mfaoverride.command.RejectChange;
import io.github.mfaoverride.command.ResendCode;
import io.github.mfaoverride.command.SendCode;
import io.github.mfaoverride.command.VerifyCode;
import io.github.mfaoverride.domain.AdminRole;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.error.MfaOverrideException;
import io.github.mfaoverride.limits.LockoutPolicy;
import io.github.mfaoverride.limits.RateLimitPolicy;
import io.github.mfaoverride.limits.WindowLimit;
import io.github.mfaoverride.outcome.BeginOutcome;
import io.github.mfaoverride.outcome.Limit;
import io.github.mfaoverride.outcome.OptInOutcome;
import io.github.mfaoverride.outcome.StepUpOutcome;
import io.github.mfaoverride.port.CodeMessage;
import io.github.mfaoverride.scenario.Harness;
import io.github.mfaoverride.testkit.TestUsers;
import io.github.mfaoverride.workflow.RequestId;
import io.github.mfaoverride.workflow.RequestKind;
import io.github.mfaoverride.workflow.RequestState;
import io.github.mfaoverride.workflow.StateTransitions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Random sequences of use cases (right and wrong answers, sends, corrections, resends, cancels, approvals, opt-ins,
 * bad input, time passing) against a facade with every guard on. Each call leaves exactly one audit record (change
 * notices add their own, step NOTICE), and the records of one request read as a coherent story.
 */
class AuditStoryProperties {

    private static final List<String> NUMBERS = List.of("+12015550123", "+12015550124", "+33612345678",
            "+19005550123", "+12015550101", "+4915112345678");

    @Property(tries = 150)
    void everyOutcomeLeavesOneRecordAndEachRequestReadsAsAStory(@ForAll("scripts") List<Action> script) {
        World world = new World();

        for (Action action : script) {
            int before = stepRecords(world.h).size();
            int calls = world.perform(action);
            assertThat(stepRecords(world.h)).as("records after %s", action).hasSize(before + calls);
        }

        Map<RequestId, List<AuditRecord>> stories = stories(world.h);
        stories.values().forEach(AuditStoryProperties::assertCoherent);
        assertPiiSafe(world.h);
        for (AuditOutcome outcome : List.of(AuditOutcome.COMPLETED, AuditOutcome.AWAITING_APPROVAL,
                AuditOutcome.LOCKED, AuditOutcome.FAILED)) {
            Statistics.label(outcome.name()).collect(world.h.audit.records().stream()
                    .anyMatch(r -> r.outcome() == outcome));
        }
    }

    @Example
    void storyWhenAChangeGoesThroughApprovalThenReadsStepByStep() {
        World world = new World();

        for (Action.Kind kind : List.of(Action.Kind.BEGIN, Action.Kind.STEP_UP_WRONG, Action.Kind.STEP_UP_RIGHT,
                Action.Kind.SEND, Action.Kind.VERIFY_WRONG, Action.Kind.WAIT, Action.Kind.RESEND,
                Action.Kind.VERIFY_RIGHT, Action.Kind.APPROVE)) {
            world.perform(new Action(kind, 0, 1));
        }

        List<AuditRecord> story = stories(world.h).values().iterator().next();
        assertThat(story).extracting(AuditRecord::step, AuditRecord::outcome, r -> r.state().orElseThrow())
                .containsExactly(
                        tuple(AuditStep.BEGIN, AuditOutcome.STARTED, RequestState.AWAITING_STEP_UP),
                        tuple(AuditStep.STEP_UP, AuditOutcome.WRONG_ANSWER, RequestState.AWAITING_STEP_UP),
                        tuple(AuditStep.STEP_UP, AuditOutcome.STEP_UP_PASSED, RequestState.STEP_UP_PASSED),
                        tuple(AuditStep.SEND_CODE, AuditOutcome.CODE_SENT, RequestState.CODE_SENT),
                        tuple(AuditStep.VERIFY_CODE, AuditOutcome.WRONG_ANSWER, RequestState.CODE_SENT),
                        tuple(AuditStep.RESEND_CODE, AuditOutcome.CODE_SENT, RequestState.CODE_SENT),
                        tuple(AuditStep.VERIFY_CODE, AuditOutcome.AWAITING_APPROVAL, RequestState.AWAITING_APPROVAL),
                        tuple(AuditStep.APPROVE, AuditOutcome.COMPLETED, RequestState.COMPLETED),
                        tuple(AuditStep.NOTICE, AuditOutcome.NOTICE_SENT, RequestState.COMPLETED),
                        tuple(AuditStep.NOTICE, AuditOutcome.NOTICE_SENT, RequestState.COMPLETED));
        assertThat(story.get(7).actingAdmin()).contains(UserId.of("bob"));
        assertThat(story).allSatisfy(r -> assertThat(r.target()).contains(UserId.of("carol")));
        assertCoherent(story.stream().filter(r -> r.step() != AuditStep.NOTICE).toList());
    }

    @Provide
    Arbitrary<List<Action>> scripts() {
        Arbitrary<Action.Kind> kinds = Arbitraries.frequency(
                Tuple.of(3, Action.Kind.BEGIN), Tuple.of(3, Action.Kind.WALK_TO_CODE),
                Tuple.of(5, Action.Kind.STEP_UP_RIGHT),
                Tuple.of(2, Action.Kind.STEP_UP_WRONG), Tuple.of(5, Action.Kind.SEND), Tuple.of(1, Action.Kind.CORRECT),
                Tuple.of(1, Action.Kind.RESEND), Tuple.of(5, Action.Kind.VERIFY_RIGHT),
                Tuple.of(3, Action.Kind.VERIFY_WRONG),
                Tuple.of(1, Action.Kind.GUESS_FIVE), Tuple.of(1, Action.Kind.VERIFY_MALFORMED),
                Tuple.of(1, Action.Kind.CANCEL), Tuple.of(3, Action.Kind.APPROVE), Tuple.of(1, Action.Kind.REJECT),
                Tuple.of(2, Action.Kind.OPT_IN), Tuple.of(2, Action.Kind.OPT_IN_CONFIRM),
                Tuple.of(1, Action.Kind.UNKNOWN_REQUEST), Tuple.of(2, Action.Kind.WAIT));
        Arbitrary<Action> action = Combinators.combine(kinds,
                Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 9)).as(Action::new);
        return action.list().ofMinSize(10).ofMaxSize(60);
    }

    private static List<AuditRecord> stepRecords(Harness h) {
        return h.audit.records().stream().filter(r -> r.step() != AuditStep.NOTICE).toList();
    }

    private static Map<RequestId, List<AuditRecord>> stories(Harness h) {
        Map<RequestId, List<AuditRecord>> stories = new LinkedHashMap<>();
        for (AuditRecord record : h.audit.records()) {
            record.request().filter(id -> h.store.requests().find(id).isPresent())
                    .ifPresent(id -> stories.computeIfAbsent(id, key -> new ArrayList<>()).add(record));
        }
        return stories;
    }

    private static void assertCoherent(List<AuditRecord> withNotices) {
        List<AuditRecord> story = withNotices.stream().filter(r -> r.step() != AuditStep.NOTICE).toList();
        AuditRecord first = story.get(0);
        assertThat(Set.of(first.step().name() + "/" + first.outcome().name()))
                .as("a story begins with its request starting")
                .containsAnyOf("BEGIN/STARTED", "OPT_IN_BEGIN/CODE_SENT");
        UserId requester = first.actingAdmin().orElseThrow();
        Optional<RequestState> previous = Optional.empty();
        for (AuditRecord record : story) {
            assertThat(record.target()).isEqualTo(first.target());
            if (record.step() != AuditStep.APPROVE && record.step() != AuditStep.REJECT
                    && record.outcome() != AuditOutcome.FAILED && record.reason().filter("NOT_YOUR_REQUEST"::equals)
                    .isEmpty()) {
                assertThat(record.actingAdmin()).as("%s", record).contains(requester);
            }
            assertThat(record.at()).isAfterOrEqualTo(first.at());
            RequestState state = record.state().orElseThrow(() -> new AssertionError("no state in " + record));
            if (previous.isPresent() && previous.get() != state) {
                assertThat(previous.get().isTerminal()).as("a terminal state never changes: %s", record).isFalse();
                assertThat(StateTransitions.isLegal(previous.get(), state))
                        .as("%s -> %s in %s", previous.get(), state, record).isTrue();
            }
            if (previous.filter(RequestState::isTerminal).isPresent()) {
                assertThat(record.outcome()).as("after the end only refusals: %s", record)
                        .isIn(AuditOutcome.REFUSED, AuditOutcome.FAILED);
            }
            if (record.outcome() == AuditOutcome.COMPLETED) {
                assertThat(state).isEqualTo(RequestState.COMPLETED);
            }
            previous = Optional.of(state);
        }
        assertThat(story).filteredOn(r -> r.outcome() == AuditOutcome.COMPLETED).hasSizeLessThanOrEqualTo(1);
    }

    private static void assertPiiSafe(Harness h) {
        List<String> codes = h.outbox.delivered().stream().map(CodeMessage::code).toList();
        for (AuditRecord record : h.audit.records()) {
            String text = Stream.of(record.reason(), record.detail(), record.maskedOldNumber(),
                    record.maskedNewNumber(), record.providerMessageId(), record.screeningSource())
                    .flatMap(Optional::stream).reduce("", (a, b) -> a + "|" + b);
            for (String number : NUMBERS) {
                assertThat(text).doesNotContain(number.substring(1)).doesNotContain(number.substring(2));
            }
            for (String code : codes) {
                assertThat(text).doesNotContain(code);
            }
            assertThat(text).doesNotContain("carol@mail.example", "ursula@mail.example", "hana@mail.example");
        }
    }

    /** One step of a script: what to do, and two small numbers choosing who, which request and which number. */
    record Action(Kind kind, int a, int b) {

        /** The use cases a script can call, and the clock moving. */
        enum Kind {
            BEGIN, WALK_TO_CODE, STEP_UP_RIGHT, STEP_UP_WRONG, SEND, CORRECT, RESEND, VERIFY_RIGHT, VERIFY_WRONG,
            GUESS_FIVE, VERIFY_MALFORMED,
            CANCEL, APPROVE, REJECT, OPT_IN, OPT_IN_CONFIRM, UNKNOWN_REQUEST, WAIT
        }
    }

    /** A harness with two admins, an ordinary user, an admin as target, an admin without MFA, and their requests. */
    private static final class World {
        final Harness h = Harness.create(builder -> builder
                .approvalRule(ApprovalRule.whenTargetIsAdmin())
                .lockoutPolicy(LockoutPolicy.fixed(8, Duration.ofHours(1)))
                .rateLimitPolicy(RateLimitPolicy.builder()
                        .limit(Limit.TARGET_REQUESTS, WindowLimit.of(20, Duration.ofHours(24))).build()));
        final List<UserId> admins = List.of(h.admin("alice"), h.admin("bob"));
        final List<UserId> targets = List.of(h.user("ursula"), h.save(TestUsers.user("carol").in("m-1")
                .grant(AdminRole.MERCHANT_ADMIN, "m-1").mfaOn("+12015550102").notifiedAt("carol@mail.example")));
        final UserId newcomer = h.save(TestUsers.user("hana").in("m-1").grant(AdminRole.MERCHANT_ADMIN, "m-1")
                .notifiedAt("hana@mail.example"));
        final List<Entry> entries = new ArrayList<>();

        /** Performs one action; returns how many facade calls it made. */
        int perform(Action action) {
            if (action.kind() == Action.Kind.WAIT) {
                h.clock.advance(Duration.ofSeconds((action.b() + 1) * 20L));
                return 0;
            }
            if (action.kind() == Action.Kind.WALK_TO_CODE || entries.isEmpty() && needsRequest(action.kind())) {
                return walkToCode(action);
            }
            if (action.kind() == Action.Kind.GUESS_FIVE) {
                Entry entry = pick(action.a());
                for (int i = 0; i < 5; i++) {
                    verify(entry, entry.proof != null ? entry.proof : "not-a-proof", false);
                }
                return 5;
            }
            try {
                call(action);
            } catch (MfaOverrideException expected) {
                // Bad input and unknown ids are errors, not outcomes; they are audited as FAILED all the same.
            }
            return 1;
        }

        private static boolean needsRequest(Action.Kind kind) {
            return kind != Action.Kind.BEGIN && kind != Action.Kind.OPT_IN && kind != Action.Kind.UNKNOWN_REQUEST;
        }

        /** Begins, passes the step-up and sends a code to a valid new number: up to three calls. */
        private int walkToCode(Action action) {
            UserId admin = admins.get(action.a() % 2);
            BeginOutcome begun = h.mfa.begin(new BeginPhoneChange(admin, targets.get(action.b() % 2)));
            if (!(begun instanceof BeginOutcome.Started started)) {
                return 1;
            }
            Entry entry = new Entry(started.requestId(), admin, RequestKind.PHONE_CHANGE);
            entries.add(entry);
            StepUpOutcome outcome = h.mfa.answerStepUp(new AnswerStepUp(entry.id, admin, Harness.STEP_UP_OK));
            if (!(outcome instanceof StepUpOutcome.Passed passed)) {
                return 2;
            }
            entry.proof = passed.stepUpProof();
            h.mfa.sendCode(new SendCode(entry.id, admin, entry.proof, NUMBERS.get(action.b() % 2), null,
                    DeliveryMethod.SMS));
            return 3;
        }

        private void call(Action action) {
            String number = NUMBERS.get(action.b() % NUMBERS.size());
            switch (action.kind()) {
                case BEGIN -> {
                    UserId admin = admins.get(action.a() % 2);
                    BeginOutcome begun = h.mfa.begin(new BeginPhoneChange(admin, targets.get(action.b() % 2)));
                    if (begun instanceof BeginOutcome.Started started) {
                        entries.add(new Entry(started.requestId(), admin, RequestKind.PHONE_CHANGE));
                    }
                }
                case OPT_IN -> {
                    OptInOutcome begun = h.mfa.beginMfaOptIn(new BeginMfaOptIn(newcomer, number, null,
                            DeliveryMethod.SMS));
                    if (begun instanceof OptInOutcome.CodeSentForOptIn sent) {
                        entries.add(new Entry(sent.requestId(), newcomer, RequestKind.MFA_OPT_IN));
                    }
                }
                case UNKNOWN_REQUEST -> h.mfa.verifyCode(new VerifyCode(RequestId.of("no-such-request"),
                        admins.get(0), "proof", "123456"));
                default -> callOnRequest(action, number);
            }
        }

        private void callOnRequest(Action action, String number) {
            Entry entry = pick(action.a());
            String proof = entry.proof != null ? entry.proof : "not-a-proof";
            switch (action.kind()) {
                case STEP_UP_RIGHT, STEP_UP_WRONG -> {
                    StepUpOutcome outcome = h.mfa.answerStepUp(new AnswerStepUp(entry.id, entry.admin,
                            action.kind() == Action.Kind.STEP_UP_RIGHT ? Harness.STEP_UP_OK : "wrong"));
                    if (outcome instanceof StepUpOutcome.Passed passed) {
                        entry.proof = passed.stepUpProof();
                    }
                }
                case SEND -> h.mfa.sendCode(new SendCode(entry.id, entry.admin, proof, number, null,
                        DeliveryMethod.SMS));
                case CORRECT -> h.mfa.correctNumber(new SendCode(entry.id, entry.admin, proof, number, null,
                        DeliveryMethod.SMS));
                case RESEND -> h.mfa.resendCode(new ResendCode(entry.id, entry.admin, proof, null));
                case VERIFY_RIGHT, VERIFY_WRONG -> verify(entry, proof, action.kind() == Action.Kind.VERIFY_RIGHT);
                case VERIFY_MALFORMED -> h.mfa.verifyCode(new VerifyCode(entry.id, entry.admin, proof, "12ab"));
                case CANCEL -> h.mfa.cancel(new CancelRequest(entry.id, admins.get(action.b() % 2)));
                case APPROVE -> h.mfa.approve(new ApproveChange(entry.id, admins.get(action.b() % 2)));
                case REJECT -> h.mfa.reject(new RejectChange(entry.id, admins.get(action.b() % 2)));
                case OPT_IN_CONFIRM -> h.mfa.confirmMfaOptIn(new ConfirmMfaOptIn(entry.id, entry.admin,
                        lastCode(entry).orElse("123456")));
                default -> throw new IllegalStateException("not a request action: " + action);
            }
        }

        private void verify(Entry entry, String proof, boolean right) {
            String code = lastCode(entry).orElse("123456");
            if (!right) {
                code = (code.charAt(0) == '9' ? "0" : String.valueOf((char) (code.charAt(0) + 1))) + code.substring(1);
            }
            if (entry.kind == RequestKind.MFA_OPT_IN) {
                h.mfa.confirmMfaOptIn(new ConfirmMfaOptIn(entry.id, entry.admin, code));
            } else {
                h.mfa.verifyCode(new VerifyCode(entry.id, entry.admin, proof, code));
            }
        }

        private Optional<String> lastCode(Entry entry) {
            List<CodeMessage> sent = h.outbox.delivered().stream()
                    .filter(m -> m.reference().equals(entry.id.value())).toList();
            return sent.isEmpty() ? Optional.empty() : Optional.of(sent.get(sent.size() - 1).code());
        }

        /** Mostly the newest request, sometimes an older one. */
        private Entry pick(int a) {
            return a < 7 ? entries.get(entries.size() - 1) : entries.get(a % entries.size());
        }
    }

    /** A request the script started, and the proof of its step-up once passed. */
    private static final class Entry {
        final RequestId id;
        final UserId admin;
        final RequestKind kind;
        String proof;

        Entry(RequestId id, UserId admin, RequestKind kind) {
            this.id = id;
            this.admin = admin;
            this.kind = kind;
        }
    }
}
