package io.github.mfaoverride;

import static io.github.mfaoverride.FlowFixture.MERCHANT_ADMIN;
import static io.github.mfaoverride.FlowFixture.MERCHANT_USER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.command.AnswerStepUp;
import io.github.mfaoverride.command.BeginPhoneChange;
import io.github.mfaoverride.command.CancelRequest;
import io.github.mfaoverride.command.ResendCode;
import io.github.mfaoverride.command.SendCode;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserStatus;
import io.github.mfaoverride.outcome.BeginOutcome;
import io.github.mfaoverride.outcome.StepUpOutcome;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.port.CodeMessage;
import io.github.mfaoverride.port.CodePurpose;
import io.github.mfaoverride.workflow.PhoneChangeRequest;
import io.github.mfaoverride.workflow.RequestId;
import io.github.mfaoverride.workflow.RequestState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Random sequences of facade operations, with a clock the test moves, checked against the workflow's invariants
 * after every operation.
 */
class PhoneChangeInvariantsTest {

    /** Mostly new, valid numbers; also the enrolled one (refused as unchanged) and a landline (no SMS). */
    private static final List<String> NUMBERS = List.of("+12015550122", "+12015550133", "+12015550144",
            FlowFixture.OLD_NUMBER, "+442079460018");

    /** Eligible statuses twice as often as an ineligible one, so revoked flows do not crowd out the rest. */
    private static final List<UserStatus> STATUSES = List.of(UserStatus.ACTIVE, UserStatus.SUSPENDED,
            UserStatus.INACTIVE);

    /** What the sequence can do. */
    enum Op {
        PROGRESS, BEGIN, STEP_UP, STEP_UP_WRONG, SEND, CORRECT, RESEND, VERIFY_LATEST, VERIFY_EARLIER, VERIFY_WRONG,
        CANCEL, ADVANCE, TOGGLE_TARGET_STATUS
    }

    /** One operation with a number that picks its details (seconds to advance, which number, which code). */
    record Operation(Op op, int detail) {
    }

    /** A code that reached a phone, with when it stops being valid. */
    record Issued(RequestId request, String code, PhoneNumber to, Instant expiresAt) {
    }

    @Provide
    Arbitrary<List<Operation>> sequences() {
        Arbitrary<Op> ops = Arbitraries.frequency(
                Tuple.of(10, Op.PROGRESS), Tuple.of(2, Op.BEGIN), Tuple.of(6, Op.STEP_UP),
                Tuple.of(2, Op.STEP_UP_WRONG), Tuple.of(6, Op.SEND),
                Tuple.of(2, Op.CORRECT), Tuple.of(3, Op.RESEND), Tuple.of(6, Op.VERIFY_LATEST),
                Tuple.of(2, Op.VERIFY_EARLIER), Tuple.of(3, Op.VERIFY_WRONG), Tuple.of(1, Op.CANCEL),
                Tuple.of(4, Op.ADVANCE), Tuple.of(1, Op.TOGGLE_TARGET_STATUS));
        return Combinators.combine(ops, Arbitraries.integers().between(0, 400))
                .as(Operation::new).list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 200)
    void facadeWhenOperationsRunInAnyOrderThenTheWorkflowInvariantsHold(
            @ForAll("sequences") List<Operation> operations) {
        Run run = new Run(new FlowFixture());
        for (Operation operation : operations) {
            run.apply(operation);
        }

        Statistics.label("a request completed").collect(!run.completed.isEmpty());
        Statistics.label("final state").collect(run.finalState());
        // About 37% of sequences complete a request; 20% is five standard deviations below that over 200 tries.
        Statistics.label("a request completed").coverage(coverage ->
                coverage.check(true).percentage(percent -> percent > 20.0));
    }

    /** The state of one sequence and the checks made after each operation. */
    private static final class Run {
        private final FlowFixture world;
        private final List<Issued> issued = new ArrayList<>();
        private final Map<RequestId, PhoneChangeRequest> seen = new LinkedHashMap<>();
        private final Set<RequestId> completed = new HashSet<>();
        private final Set<String> usedCodes = new HashSet<>();
        private RequestId current;
        private String proof = "v1.0.none";
        private int delivered;

        Run(FlowFixture world) {
            this.world = world;
        }

        void apply(Operation operation) {
            User before = world.user(MERCHANT_USER);
            Instant now = world.clock.instant();
            String code = null;
            Object outcome = null;
            if (current == null && operation.op() != Op.ADVANCE && operation.op() != Op.TOGGLE_TARGET_STATUS) {
                outcome = begin();
            } else {
                switch (operation.op()) {
                    case PROGRESS -> {
                        code = latestCode().orElse("123456");
                        outcome = progress(operation.detail(), code);
                    }
                    case BEGIN -> outcome = begin();
                    case STEP_UP -> outcome = stepUp(FlowFixture.APPROVE);
                    case STEP_UP_WRONG -> outcome = stepUp("wrong");
                    case SEND -> outcome = world.mfa.sendCode(sendCommand(operation.detail()));
                    case CORRECT -> outcome = world.mfa.correctNumber(sendCommand(operation.detail()));
                    case RESEND -> outcome = world.mfa.resendCode(new ResendCode(current, MERCHANT_ADMIN, proof,
                            operation.detail() % 2 == 0 ? null : DeliveryMethod.VOICE));
                    case VERIFY_LATEST -> {
                        code = latestCode().orElse("123456");
                        outcome = world.verify(current, MERCHANT_ADMIN, proof, code);
                    }
                    case VERIFY_EARLIER -> {
                        code = issued.isEmpty() ? "123456" : issued.get(operation.detail() % issued.size()).code();
                        outcome = world.verify(current, MERCHANT_ADMIN, proof, code);
                    }
                    case VERIFY_WRONG -> {
                        code = FlowFixture.wrong(latestCode().orElse("000000"));
                        outcome = world.verify(current, MERCHANT_ADMIN, proof, code);
                    }
                    case CANCEL -> outcome = world.mfa.cancel(new CancelRequest(current, MERCHANT_ADMIN));
                    case ADVANCE -> world.clock.advance(pause(operation.detail()));
                    case TOGGLE_TARGET_STATUS -> world.store.directory().save(before.withStatus(
                            STATUSES.get(operation.detail() % STATUSES.size())));
                    default -> throw new IllegalStateException("unknown operation " + operation);
                }
            }
            recordDeliveries(now);
            check(before, outcome, code, now);
        }

        String finalState() {
            return current == null ? "none" : world.request(current).state().name();
        }

        /** Mostly short pauses of up to a minute; one in ten jumps past every code's and step-up's lifetime. */
        private static Duration pause(int detail) {
            return detail < 360 ? Duration.ofSeconds(detail / 6) : Duration.ofSeconds(detail * 2L);
        }

        /** Takes the happy path's next step from wherever the current request is, so that flows do complete. */
        private Object progress(int detail, String code) {
            return switch (world.request(current).state()) {
                case AWAITING_STEP_UP -> stepUp(FlowFixture.APPROVE);
                case STEP_UP_PASSED -> world.send(current, MERCHANT_ADMIN, proof, NUMBERS.get(detail % 3));
                case CODE_SENT -> world.verify(current, MERCHANT_ADMIN, proof, code);
                default -> begin();
            };
        }

        private Object begin() {
            BeginOutcome outcome = world.mfa.begin(new BeginPhoneChange(MERCHANT_ADMIN, MERCHANT_USER));
            if (outcome instanceof BeginOutcome.Started started) {
                current = started.requestId();
                proof = "v1.0.none";
            }
            return outcome;
        }

        private Object stepUp(String response) {
            StepUpOutcome outcome = world.mfa.answerStepUp(new AnswerStepUp(current, MERCHANT_ADMIN, response));
            if (outcome instanceof StepUpOutcome.Passed passed) {
                proof = passed.stepUpProof();
            }
            return outcome;
        }

        private SendCode sendCommand(int detail) {
            DeliveryMethod method = detail % 3 == 0 ? DeliveryMethod.VOICE : DeliveryMethod.SMS;
            return new SendCode(current, MERCHANT_ADMIN, proof, NUMBERS.get(detail % NUMBERS.size()), null, method);
        }

        private Optional<String> latestCode() {
            for (int i = issued.size() - 1; i >= 0; i--) {
                if (issued.get(i).request().equals(current)) {
                    return Optional.of(issued.get(i).code());
                }
            }
            return Optional.empty();
        }

        private void recordDeliveries(Instant sentAt) {
            List<CodeMessage> messages = world.outbox.delivered();
            for (CodeMessage message : messages.subList(delivered, messages.size())) {
                if (message.purpose() == CodePurpose.PHONE_CHANGE) {
                    issued.add(new Issued(RequestId.of(message.reference()), message.code(), message.destination(),
                            sentAt.plus(message.validFor())));
                }
            }
            delivered = messages.size();
        }

        private void check(User before, Object outcome, String code, Instant now) {
            User after = world.user(MERCHANT_USER);
            boolean phoneChanged = !after.mfa().phone().equals(before.mfa().phone());

            if (outcome instanceof VerifyOutcome.Completed) {
                Issued latest = issued.stream().filter(i -> i.request().equals(current))
                        .reduce((first, second) -> second).orElseThrow();
                assertThat(code).as("only the latest code of the request verifies").isEqualTo(latest.code());
                assertThat(now).as("a code never verifies at or after its expiry").isBefore(latest.expiresAt());
                assertThat(usedCodes.add(current + "/" + code)).as("a code never verifies twice").isTrue();
                assertThat(completed.add(current)).as("a request completes at most once").isTrue();
                assertThat(after.mfa().phone()).contains(latest.to());
                assertThat(after.version()).isEqualTo(before.version() + 1);
            } else {
                assertThat(phoneChanged).as("the phone changes only through completion").isFalse();
                assertThat(after.version()).isEqualTo(before.version());
            }

            if (current != null) {
                seen.putIfAbsent(current, world.request(current));
            }
            for (Map.Entry<RequestId, PhoneChangeRequest> entry : seen.entrySet()) {
                PhoneChangeRequest previous = entry.getValue();
                PhoneChangeRequest stored = world.request(entry.getKey());
                if (previous.state().isTerminal()) {
                    assertThat(stored).as("nothing leaves a terminal state").isEqualTo(previous);
                }
                assertThat(stored.stepUpFailures()).isGreaterThanOrEqualTo(previous.stepUpFailures());
                assertThat(stored.codeFailures()).isGreaterThanOrEqualTo(previous.codeFailures());
                assertThat(stored.sendCount()).isGreaterThanOrEqualTo(previous.sendCount());
                assertThat(stored.version()).isGreaterThanOrEqualTo(previous.version());
                assertThat(stored.sendCount()).isLessThanOrEqualTo(3);
                assertThat(stored.codeFailures()).isLessThanOrEqualTo(5);
                entry.setValue(stored);
            }
            if (current != null) {
                assertThat(world.request(current).codeDigest().isPresent())
                        .isEqualTo(world.request(current).state() == RequestState.CODE_SENT);
            }
        }
    }
}
