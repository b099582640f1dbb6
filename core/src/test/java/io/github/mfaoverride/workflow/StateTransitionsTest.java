package io.github.mfaoverride.workflow;

import static io.github.mfaoverride.workflow.RequestState.AWAITING_APPROVAL;
import static io.github.mfaoverride.workflow.RequestState.AWAITING_STEP_UP;
import static io.github.mfaoverride.workflow.RequestState.CANCELLED;
import static io.github.mfaoverride.workflow.RequestState.CODE_SENT;
import static io.github.mfaoverride.workflow.RequestState.COMPLETED;
import static io.github.mfaoverride.workflow.RequestState.EXPIRED;
import static io.github.mfaoverride.workflow.RequestState.LOCKED;
import static io.github.mfaoverride.workflow.RequestState.REVOKED;
import static io.github.mfaoverride.workflow.RequestState.STEP_UP_PASSED;
import static io.github.mfaoverride.workflow.RequestState.SUPERSEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.error.ErrorCode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The transition table, pair by pair, written out here independently of the production table.
 */
class StateTransitionsTest {

    private static final Set<RequestState> ENDINGS = EnumSet.of(EXPIRED, CANCELLED, SUPERSEDED, REVOKED);

    /** The expected legal moves, as the workflow documents them. */
    private static final Map<RequestState, Set<RequestState>> EXPECTED = Map.of(
            AWAITING_STEP_UP, union(EnumSet.of(AWAITING_STEP_UP, STEP_UP_PASSED, LOCKED), ENDINGS),
            STEP_UP_PASSED, union(EnumSet.of(STEP_UP_PASSED, CODE_SENT), ENDINGS),
            CODE_SENT, union(EnumSet.of(CODE_SENT, COMPLETED, AWAITING_APPROVAL, LOCKED), ENDINGS),
            AWAITING_APPROVAL, union(EnumSet.of(COMPLETED), ENDINGS));

    private static final Set<RequestState> OPEN = EnumSet.of(AWAITING_STEP_UP, STEP_UP_PASSED, CODE_SENT,
            AWAITING_APPROVAL);

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    static Stream<Arguments> legalPairs() {
        return allPairs().filter(pair -> isExpectedLegal(pair));
    }

    static Stream<Arguments> illegalPairs() {
        return allPairs().filter(pair -> !isExpectedLegal(pair));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("legalPairs")
    void requireWhenTheMoveIsInTheTableThenAccepted(RequestState from, RequestState to) {
        assertThat(StateTransitions.isLegal(from, to)).isTrue();
        assertThat(StateTransitions.from(from)).contains(to);
        assertThatCode(() -> StateTransitions.require(from, to)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("illegalPairs")
    void requireWhenTheMoveIsNotInTheTableThenRefusedNamingBothStates(RequestState from, RequestState to) {
        assertThat(StateTransitions.isLegal(from, to)).isFalse();
        assertThat(StateTransitions.from(from)).doesNotContain(to);
        assertThatThrownBy(() -> StateTransitions.require(from, to))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(from);
                    assertThat(e.to()).isEqualTo(to);
                    assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
                    assertThat(e.getMessage()).contains(from.name()).contains(to.name());
                });
    }

    @Test
    void illegalPairsWhenCountedThenTheTableHasTwentySixLegalMovesOfOneHundred() {
        assertThat(legalPairs().count()).isEqualTo(26);
        assertThat(illegalPairs().count()).isEqualTo(74);
    }

    @ParameterizedTest
    @EnumSource(value = RequestState.class,
            names = {"AWAITING_STEP_UP", "STEP_UP_PASSED", "CODE_SENT", "AWAITING_APPROVAL"},
            mode = EnumSource.Mode.EXCLUDE)
    void fromWhenTheStateIsTerminalThenThereIsNoWayOut(RequestState terminal) {
        assertThat(terminal.isTerminal()).isTrue();
        assertThat(StateTransitions.from(terminal)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = RequestState.class,
            names = {"AWAITING_STEP_UP", "STEP_UP_PASSED", "CODE_SENT", "AWAITING_APPROVAL"})
    void isTerminalWhenTheStateIsOpenThenFalse(RequestState open) {
        assertThat(open.isTerminal()).isFalse();
        assertThat(StateTransitions.from(open)).isNotEmpty();
    }

    static Stream<Arguments> transitionsOutOfTerminalStates() {
        Map<String, UnaryOperator<PhoneChangeRequest>> moves = Map.of(
                "stepUpFailed", request -> request.stepUpFailed(NOW, 5),
                "stepUpPassed", request -> request.stepUpPassed(NOW),
                "sendReserved", request -> request.sendReserved(NOW),
                "codeSent", request -> request.codeSent(PhoneNumber.ofE164("+12015550122"), DeliveryMethod.SMS,
                        "digest", NOW, NOW),
                "codeFailed", request -> request.codeFailed(NOW, 5),
                "awaitingApproval", request -> request.awaitingApproval(NOW, NOW.plusSeconds(60)),
                "completed", request -> request.completed(NOW),
                "cancelled", request -> request.ended(CANCELLED, NOW));
        return EnumSet.complementOf(EnumSet.copyOf(OPEN)).stream()
                .flatMap(state -> moves.entrySet().stream()
                        .map(move -> Arguments.of(state, move.getKey(), move.getValue())));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("transitionsOutOfTerminalStates")
    void transitionMethodWhenTheRequestIsTerminalThenRefused(RequestState terminal, String name,
            UnaryOperator<PhoneChangeRequest> move) {
        PhoneChangeRequest request = inState(terminal);

        assertThatThrownBy(() -> move.apply(request)).isInstanceOfSatisfying(IllegalTransitionException.class,
                e -> assertThat(e.from()).isEqualTo(terminal));
    }

    @Test
    void completedWhenNoCodeWasSentThenRefused() {
        PhoneChangeRequest request = open();

        assertThatThrownBy(() -> request.completed(NOW)).isInstanceOfSatisfying(IllegalTransitionException.class,
                e -> {
                    assertThat(e.from()).isEqualTo(AWAITING_STEP_UP);
                    assertThat(e.to()).isEqualTo(COMPLETED);
                });
    }

    @Test
    void endedWhenAskedToEndAsCompletedOrOpenThenRejectsTheArgument() {
        PhoneChangeRequest request = open();

        assertThatThrownBy(() -> request.ended(COMPLETED, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> request.ended(CODE_SENT, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codeFailedWhenTheLimitIsReachedThenLocksAndClearsTheDigest() {
        PhoneChangeRequest sent = open().stepUpPassed(NOW)
                .codeSent(PhoneNumber.ofE164("+12015550122"), DeliveryMethod.SMS, "digest", NOW, NOW);

        PhoneChangeRequest once = sent.codeFailed(NOW, 2);
        PhoneChangeRequest twice = once.codeFailed(NOW, 2);

        assertThat(once.state()).isEqualTo(CODE_SENT);
        assertThat(once.codeDigest()).contains("digest");
        assertThat(twice.state()).isEqualTo(LOCKED);
        assertThat(twice.codeDigest()).isEmpty();
        assertThat(twice.codeFailures()).isEqualTo(2);
    }

    @Test
    void isExpiredAtWhenExactlyAtTheEndThenExpired() {
        PhoneChangeRequest request = open();

        assertThat(request.isExpiredAt(request.expiresAt().minusMillis(1))).isFalse();
        assertThat(request.isExpiredAt(request.expiresAt())).isTrue();
    }

    private static PhoneChangeRequest open() {
        return PhoneChangeRequest.openPhoneChange(RequestId.of("r-1"), UserId.of("admin"), UserId.of("user"),
                "ref", NOW, NOW.plusSeconds(900));
    }

    private static PhoneChangeRequest inState(RequestState terminal) {
        PhoneChangeRequest sent = open().stepUpPassed(NOW)
                .codeSent(PhoneNumber.ofE164("+12015550122"), DeliveryMethod.SMS, "digest", NOW, NOW);
        return switch (terminal) {
            case COMPLETED -> sent.completed(NOW);
            case LOCKED -> sent.codeFailed(NOW, 1);
            default -> sent.ended(terminal, NOW);
        };
    }

    private static Stream<Arguments> allPairs() {
        return Stream.of(RequestState.values())
                .flatMap(from -> Stream.of(RequestState.values()).map(to -> Arguments.of(from, to)));
    }

    private static boolean isExpectedLegal(Arguments pair) {
        Object[] states = pair.get();
        return EXPECTED.getOrDefault((RequestState) states[0], Set.of()).contains((RequestState) states[1]);
    }

    private static Set<RequestState> union(Set<RequestState> a, Set<RequestState> b) {
        Set<RequestState> all = EnumSet.copyOf(a);
        all.addAll(b);
        return all;
    }
}
