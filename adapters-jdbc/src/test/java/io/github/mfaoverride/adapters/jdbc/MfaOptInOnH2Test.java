package io.github.mfaoverride.adapters.jdbc;

import static io.github.mfaoverride.testkit.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.command.BeginMfaOptIn;
import io.github.mfaoverride.command.ConfirmMfaOptIn;
import io.github.mfaoverride.domain.AdminRole;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.MfaEnrollment;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.outcome.OptInOutcome;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.testkit.MutableClock;
import org.junit.jupiter.api.Test;

class MfaOptInOnH2Test {

    @Test
    void confirmMfaOptInWhenCodeIsRightThenMfaIsEnabledOnTheNumberInTheDatabase() {
        MutableClock clock = MutableClock.startingMonday();
        Node node = new Node(TestDatabases.h2(), clock).seedMerchant();
        UserId admin = UserId.of("new-admin");
        node.store.directory().save(user(admin.value()).in("m-1").grant(AdminRole.MERCHANT_ADMIN, "m-1").build());
        PhoneNumber number = PhoneNumber.ofE164("+12015550170");

        OptInOutcome begun = node.mfa.beginMfaOptIn(new BeginMfaOptIn(admin, number.e164(), null,
                DeliveryMethod.SMS));
        assertThat(begun).isInstanceOf(OptInOutcome.CodeSentForOptIn.class);
        String code = node.outbox.lastTo(number).orElseThrow().code();
        VerifyOutcome confirmed = node.mfa.confirmMfaOptIn(new ConfirmMfaOptIn(
                ((OptInOutcome.CodeSentForOptIn) begun).requestId(), admin, code));

        assertThat(confirmed).isInstanceOf(VerifyOutcome.Completed.class);
        User stored = node.store.directory().findUser(admin).orElseThrow();
        assertThat(stored.mfa()).isEqualTo(MfaEnrollment.verified(number, clock.instant()));
        assertThat(stored.version()).isEqualTo(1);
    }
}
