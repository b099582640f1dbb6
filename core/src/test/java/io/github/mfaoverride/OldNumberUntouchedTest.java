package io.github.mfaoverride;

import static io.github.mfaoverride.FlowFixture.MERCHANT;
import static io.github.mfaoverride.FlowFixture.MERCHANT_ADMIN;
import static io.github.mfaoverride.FlowFixture.MERCHANT_USER;
import static io.github.mfaoverride.FlowFixture.NEW_NUMBER;
import static io.github.mfaoverride.FlowFixture.OLD_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mfaoverride.authorization.Ineligibility;
import io.github.mfaoverride.command.CancelRequest;
import io.github.mfaoverride.domain.AdminRole;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.domain.UserStatus;
import io.github.mfaoverride.error.ConcurrentUpdateException;
import io.github.mfaoverride.error.TransientFailureException;
import io.github.mfaoverride.outcome.CancelOutcome;
import io.github.mfaoverride.outcome.Locked;
import io.github.mfaoverride.outcome.RefusalReason;
import io.github.mfaoverride.outcome.Refused;
import io.github.mfaoverride.outcome.SendOutcome;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.port.DeliveryOutcome;
import io.github.mfaoverride.port.DeliveryRefusal;
import io.github.mfaoverride.testkit.TestUsers;
import io.github.mfaoverride.workflow.RequestId;
import io.github.mfaoverride.workflow.RequestState;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The article's promise that the user keeps the old number until the code comes back: after every kind of
 * failure the directory still holds the old number at the old version.
 */
class OldNumberUntouchedTest {

    private final FlowFixture world = new FlowFixture();
    private boolean expectChange;

    @AfterEach
    void oldNumberStays() {
        if (!expectChange) {
            User user = world.user(MERCHANT_USER);
            assertThat(user.mfa().phone().orElseThrow().e164()).isEqualTo(OLD_NUMBER);
            assertThat(user.version()).isZero();
        }
    }

    @Test
    void verifyCodeWhenCodeIsWrongThenCountsTheFailureAndKeepsTheOldNumber() {
        FlowFixture.Started started = world.started();

        VerifyOutcome outcome = world.verify(started.id(), MERCHANT_ADMIN, started.proof(),
                FlowFixture.wrong(started.code()));

        assertThat(outcome).isEqualTo(new VerifyOutcome.WrongCode(4));
        assertThat(world.request(started.id()).codeFailures()).isEqualTo(1);
        assertThat(world.request(started.id()).state()).isEqualTo(RequestState.CODE_SENT);
    }

    @Test
    void verifyCodeWhenTheRequestLockedThenEvenTheRightCodeIsRefused() {
        FlowFixture.Started started = world.started();
        for (int i = 0; i < 4; i++) {
            world.verify(started.id(), MERCHANT_ADMIN, started.proof(), FlowFixture.wrong(started.code()));
        }
        assertThat(world.verify(started.id(), MERCHANT_ADMIN, started.proof(), FlowFixture.wrong(started.code())))
                .isEqualTo(new Locked(started.id()));

        VerifyOutcome right = world.verify(started.id(), MERCHANT_ADMIN, started.proof(), started.code());

        assertThat(right).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.state()).contains(RequestState.LOCKED));
    }

    @Test
    void verifyCodeWhenTheCodeExpiredThenRefusedAndTheOldNumberStays() {
        FlowFixture.Started started = world.started();
        world.clock.advance(Duration.ofMinutes(10));

        VerifyOutcome outcome = world.verify(started.id(), MERCHANT_ADMIN, started.proof(), started.code());

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.CODE_EXPIRED));
    }

    @Test
    void verifyCodeWhenTheRequestWasCancelledThenRefused() {
        FlowFixture.Started started = world.started();

        CancelOutcome cancelled = world.mfa.cancel(new CancelRequest(started.id(), MERCHANT_ADMIN));
        VerifyOutcome outcome = world.verify(started.id(), MERCHANT_ADMIN, started.proof(), started.code());

        assertThat(cancelled).isEqualTo(new CancelOutcome.Cancelled(started.id()));
        assertThat(world.request(started.id()).state()).isEqualTo(RequestState.CANCELLED);
        assertThat(world.request(started.id()).codeDigest()).isEmpty();
        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.state()).contains(RequestState.CANCELLED));
    }

    @Test
    void cancelWhenAnotherAdminAsksThenRefusedAndTheRequestStaysOpen() {
        world.save(TestUsers.user("merchant-admin-2").in(MERCHANT).mfaOn("+12015550108")
                .grant(AdminRole.MERCHANT_ADMIN, MERCHANT));
        FlowFixture.Started started = world.started();

        CancelOutcome outcome = world.mfa.cancel(new CancelRequest(started.id(), UserId.of("merchant-admin-2")));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.NOT_YOUR_REQUEST));
        assertThat(world.request(started.id()).state()).isEqualTo(RequestState.CODE_SENT);
    }

    @Test
    void cancelWhenTheRequestIsAlreadyOverThenRefusedAsWrongState() {
        FlowFixture.Started started = world.started();
        world.mfa.cancel(new CancelRequest(started.id(), MERCHANT_ADMIN));

        assertThat(world.mfa.cancel(new CancelRequest(started.id(), MERCHANT_ADMIN)))
                .isInstanceOfSatisfying(Refused.class, refused ->
                        assertThat(refused.reason()).isEqualTo(RefusalReason.WRONG_STATE));
    }

    @Test
    void cancelWhenTheRequestOutlivedItsLifetimeThenEndsExpiredNotCancelled() {
        FlowFixture.Started started = world.started();
        world.clock.set(world.request(started.id()).expiresAt());

        CancelOutcome outcome = world.mfa.cancel(new CancelRequest(started.id(), MERCHANT_ADMIN));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.REQUEST_EXPIRED));
        assertThat(world.request(started.id()).state()).isEqualTo(RequestState.EXPIRED);
        assertThat(world.phoneOf(MERCHANT_USER).e164()).isEqualTo(OLD_NUMBER);
    }

    @Test
    void verifyCodeWhenTheTargetBecameInactiveMidFlowThenRefusedAndTheRequestIsRevoked() {
        FlowFixture.Started started = world.started();
        world.store.directory().save(world.user(MERCHANT_USER).withStatus(UserStatus.INACTIVE));

        VerifyOutcome outcome = world.verify(started.id(), MERCHANT_ADMIN, started.proof(), started.code());

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(RefusalReason.INELIGIBLE);
            assertThat(refused.ineligibilities()).containsExactly(Ineligibility.TARGET_STATUS_NOT_ELIGIBLE);
        });
        assertThat(world.request(started.id()).state()).isEqualTo(RequestState.REVOKED);
        world.store.directory().save(world.user(MERCHANT_USER).withStatus(UserStatus.ACTIVE));
        assertThat(world.verify(started.id(), MERCHANT_ADMIN, started.proof(), started.code()))
                .isInstanceOf(Refused.class);
    }

    @Test
    void verifyCodeWhenTheAdminLostTheRoleMidFlowThenRefusedAndTheRequestIsRevoked() {
        FlowFixture.Started started = world.started();
        world.save(TestUsers.user(MERCHANT_ADMIN.value()).in(MERCHANT).mfaOn("+12015550103"));

        VerifyOutcome outcome = world.verify(started.id(), MERCHANT_ADMIN, started.proof(), started.code());

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.ineligibilities()).contains(Ineligibility.ADMIN_HAS_NO_ADMIN_ROLE));
        assertThat(world.request(started.id()).state()).isEqualTo(RequestState.REVOKED);
    }

    @Test
    void sendCodeWhenTheAdminWasSuspendedAfterTheStepUpThenRefusedAndTheRequestIsRevoked() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        String proof = world.passStepUp(id, MERCHANT_ADMIN);
        world.store.directory().save(world.user(MERCHANT_ADMIN).withStatus(UserStatus.SUSPENDED));

        SendOutcome outcome = world.send(id, MERCHANT_ADMIN, proof, NEW_NUMBER);

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.ineligibilities()).containsExactly(Ineligibility.ADMIN_NOT_ACTIVE));
        assertThat(world.request(id).state()).isEqualTo(RequestState.REVOKED);
        assertThat(world.outbox.delivered()).isEmpty();
    }

    @Test
    void verifyCodeWhenANewerRequestSupersededThisOneThenItsCodeIsRefused() {
        FlowFixture.Started started = world.started();
        world.begin(MERCHANT_ADMIN, MERCHANT_USER);

        VerifyOutcome outcome = world.verify(started.id(), MERCHANT_ADMIN, started.proof(), started.code());

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.state()).contains(RequestState.SUPERSEDED));
    }

    @Test
    void sendCodeWhenTheProviderRefusesThenRefusedWithItsReasonAndNoCodeIsOutstanding() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        String proof = world.passStepUp(id, MERCHANT_ADMIN);
        world.outbox.scriptNext(new DeliveryOutcome.Refused(DeliveryRefusal.OPTED_OUT, "recipient opted out"));

        SendOutcome outcome = world.send(id, MERCHANT_ADMIN, proof, NEW_NUMBER);

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(RefusalReason.DELIVERY_REFUSED);
            assertThat(refused.detail()).contains("OPTED_OUT");
        });
        assertThat(world.request(id).state()).isEqualTo(RequestState.STEP_UP_PASSED);
        assertThat(world.request(id).codeDigest()).isEmpty();
        assertThat(world.request(id).sendCount()).isEqualTo(1);
        assertThat(world.outbox.delivered()).isEmpty();
    }

    @Test
    void sendCodeWhenTheProviderFailsForNowThenRefusedUntilTheCooldownEndsAndTheRetrySucceeds() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);
        String proof = world.passStepUp(id, MERCHANT_ADMIN);
        world.outbox.scriptNext(new DeliveryOutcome.TransientFailure("provider timed out",
                Optional.of(Duration.ofSeconds(5))));

        SendOutcome failed = world.send(id, MERCHANT_ADMIN, proof, NEW_NUMBER);

        assertThat(failed).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(RefusalReason.DELIVERY_UNAVAILABLE);
            assertThat(refused.retryAt()).contains(world.clock.instant().plusSeconds(30));
        });
        assertThat(world.request(id).state()).isEqualTo(RequestState.STEP_UP_PASSED);
        world.clock.advance(Duration.ofSeconds(30));
        assertThat(world.send(id, MERCHANT_ADMIN, proof, NEW_NUMBER)).isInstanceOfSatisfying(
                SendOutcome.CodeSent.class, sent -> assertThat(sent.sendsLeft()).isEqualTo(1));
        expectChange = true;
        assertThat(world.verify(id, MERCHANT_ADMIN, proof, world.lastCode()))
                .isInstanceOf(VerifyOutcome.Completed.class);
        assertThat(world.phoneOf(MERCHANT_USER).e164()).isEqualTo(NEW_NUMBER);
    }

    @Test
    void verifyCodeWhenTheDirectoryFailsAtCompletionThenNothingIsCompletedAndTheRetrySucceeds() {
        FlowFixture.Started started = world.started();
        world.store.directory().failNextWrite(new TransientFailureException("directory unavailable", null));

        assertThatThrownBy(() -> world.verify(started.id(), MERCHANT_ADMIN, started.proof(), started.code()))
                .isInstanceOf(TransientFailureException.class);

        assertThat(world.request(started.id()).state()).isEqualTo(RequestState.CODE_SENT);
        assertThat(world.request(started.id()).codeDigest()).isPresent();
        assertThat(world.phoneOf(MERCHANT_USER).e164()).isEqualTo(OLD_NUMBER);
        assertThat(world.user(MERCHANT_USER).version()).isZero();

        expectChange = true;
        assertThat(world.verify(started.id(), MERCHANT_ADMIN, started.proof(), started.code()))
                .isInstanceOf(VerifyOutcome.Completed.class);
        assertThat(world.phoneOf(MERCHANT_USER).e164()).isEqualTo(NEW_NUMBER);
        assertThat(world.request(started.id()).state()).isEqualTo(RequestState.COMPLETED);
    }

    @Test
    void verifyCodeWhenTheUserChangedConcurrentlyThenTheUpdateIsRefusedAndTheRequestStaysOpen() {
        FlowFixture.Started started = world.started();
        world.store.directory().failNextWrite(new ConcurrentUpdateException("user moved on"));

        assertThatThrownBy(() -> world.verify(started.id(), MERCHANT_ADMIN, started.proof(), started.code()))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(world.request(started.id()).state()).isEqualTo(RequestState.CODE_SENT);
    }
}
