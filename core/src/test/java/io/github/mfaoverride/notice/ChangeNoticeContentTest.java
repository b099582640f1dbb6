package io.github.mfaoverride.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.audit.AuditOutcome;
import io.github.mfaoverride.audit.AuditRecord;
import io.github.mfaoverride.audit.AuditStep;
import io.github.mfaoverride.command.BeginMfaOptIn;
import io.github.mfaoverride.command.ConfirmMfaOptIn;
import io.github.mfaoverride.domain.AdminRole;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.event.MfaEvent;
import io.github.mfaoverride.outcome.OptInOutcome;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.scenario.Harness;
import io.github.mfaoverride.testkit.TestUsers;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the user is told after a completed change, in which language, and what happens when telling fails. */
class ChangeNoticeContentTest {

    private static final String NEW_NUMBER = "+12015550123";

    @Test
    void verifyCodeWhenChangeCompletesThenEveryAddressAndTheOldNumberAreNotifiedWithoutTheCodeOrTheNewNumber() {
        Harness h = Harness.create();
        UserId user = h.save(TestUsers.user("erin").in("m-1").mfaOn("+12015550101")
                .notifiedAt("erin@mail.example").notifiedAt("erin.backup@other.example"));

        VerifyOutcome outcome = h.change(h.admin("admin"), user, NEW_NUMBER);
        String code = h.lastCodeTo(NEW_NUMBER);

        assertThat(outcome).isInstanceOf(VerifyOutcome.Completed.class);
        String requestId = h.audit.records().stream().filter(r -> r.outcome() == AuditOutcome.COMPLETED)
                .findFirst().orElseThrow().request().orElseThrow().value();
        List<ChangeNotice> sent = h.notices.sent();
        assertThat(sent).extracting(ChangeNotice::recipient).containsExactly(
                new NoticeRecipient.Email("erin@mail.example"), new NoticeRecipient.Email("erin.backup@other.example"),
                new NoticeRecipient.Phone(PhoneNumber.ofE164("+12015550101")));
        assertThat(sent).allSatisfy(notice -> {
            assertThat(notice.subject() + notice.body()).doesNotContain(code, "2015550123", "201-555-0123",
                    "555-0123");
            assertThat(notice.body()).contains("Acme Stores", "security@acme.example", "Jan 5, 2026");
            assertThat(notice.reference()).isEqualTo(requestId);
        });
        assertThat(sent.get(0).subject()).isEqualTo("Your sign-in verification phone number was changed");
        assertThat(sent.get(0).body()).contains("changed on", "+1 ***-***-0123", "If you did not ask");
        assertThat(sent.get(2).body()).startsWith("Security notice:").doesNotContain("0123");
    }

    @Test
    void verifyCodeWhenUserSpeaksSpanishThenTheNoticeIsInSpanish() {
        Harness h = Harness.create();
        UserId user = h.userSpeaking("sofia", Locale.forLanguageTag("es-MX"));

        h.change(h.admin("admin"), user, NEW_NUMBER);

        ChangeNotice email = h.notices.sent().get(0);
        assertThat(email.locale().getLanguage()).isEqualTo("es");
        assertThat(email.subject()).isEqualTo("Se cambió su número de teléfono de verificación de inicio de sesión");
        assertThat(email.body()).contains("por un administrador de Acme Stores", "+1 ***-***-0123",
                "comuníquese de inmediato con security@acme.example", "ene 2026");
    }

    @Test
    void verifyCodeWhenUserSpeaksFrenchThenTheNoticeIsInFrenchWithItsApostrophes() {
        Harness h = Harness.create();
        UserId user = h.userSpeaking("chloe", Locale.CANADA_FRENCH);

        h.change(h.admin("admin"), user, NEW_NUMBER);

        ChangeNotice email = h.notices.sent().get(0);
        assertThat(email.locale().getLanguage()).isEqualTo("fr");
        assertThat(email.subject()).isEqualTo("Votre numéro de téléphone de vérification de connexion a été modifié");
        assertThat(email.body()).contains("par un administrateur de Acme Stores", "Si vous n'avez pas demandé",
                "+1 ***-***-0123", "janv. 2026");
        assertThat(h.notices.sent().get(1).body()).contains("Ce n'était pas vous ?");
    }

    @Test
    void verifyCodeWhenUserSpeaksALanguageWithoutTemplatesThenTheNoticeIsInEnglish() {
        Harness h = Harness.create();
        UserId user = h.userSpeaking("jonas", Locale.GERMAN);

        h.change(h.admin("admin"), user, NEW_NUMBER);

        assertThat(h.notices.sent().get(0).subject()).isEqualTo("Your sign-in verification phone number was changed");
        assertThat(h.notices.sent().get(0).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void verifyCodeWhenANoticeFailsEveryAttemptThenTheChangeStandsAndTheFailureIsAuditedAndPublished() {
        Harness h = Harness.create(builder -> builder.noticeAttempts(2));
        UserId user = h.user("frank");
        h.notices.scriptNext(new NoticeDelivery.Failed("smtp 451"), new NoticeDelivery.Failed("smtp 451"));

        VerifyOutcome outcome = h.change(h.admin("admin"), user, NEW_NUMBER);

        assertThat(outcome).isInstanceOf(VerifyOutcome.Completed.class);
        assertThat(h.store.directory().findUser(user).orElseThrow().mfa().phone())
                .contains(PhoneNumber.ofE164(NEW_NUMBER));
        List<AuditRecord> notices = h.audit.records().stream().filter(r -> r.step() == AuditStep.NOTICE).toList();
        assertThat(notices).extracting(AuditRecord::outcome)
                .containsExactly(AuditOutcome.NOTICE_FAILED, AuditOutcome.NOTICE_SENT);
        assertThat(notices.get(0).reason()).contains("smtp 451");
        assertThat(notices.get(0).detail()).contains("email to f***@mail.example");
        assertThat(h.events.eventsOf(MfaEvent.NoticeFailed.class)).singleElement()
                .satisfies(failed -> assertThat(failed.maskedRecipient()).isEqualTo("f***@mail.example"));
        assertThat(h.notices.sent()).extracting(n -> n.recipient().channel()).containsExactly("phone");
    }

    @Test
    void verifyCodeWhenTheChannelRecoversOnTheSecondAttemptThenTheNoticeIsSent() {
        Harness h = Harness.create();
        UserId user = h.user("gina");
        h.notices.scriptNext(new NoticeDelivery.Failed("timeout"));

        h.change(h.admin("admin"), user, NEW_NUMBER);

        assertThat(h.notices.sent()).hasSize(2);
        assertThat(h.events.eventsOf(MfaEvent.NoticeFailed.class)).isEmpty();
    }

    @Test
    void confirmMfaOptInWhenAdminEnablesMfaThenTheirAddressesAreToldMfaWasTurnedOn() {
        Harness h = Harness.create();
        UserId admin = h.save(TestUsers.user("hana").in("m-1").grant(AdminRole.MERCHANT_ADMIN, "m-1")
                .notifiedAt("hana@mail.example"));
        OptInOutcome begun = h.mfa.beginMfaOptIn(new BeginMfaOptIn(admin, NEW_NUMBER, null, DeliveryMethod.SMS));
        var requestId = ((OptInOutcome.CodeSentForOptIn) begun).requestId();

        VerifyOutcome outcome = h.mfa.confirmMfaOptIn(new ConfirmMfaOptIn(requestId, admin, h.lastCodeTo(NEW_NUMBER)));

        assertThat(outcome).isInstanceOf(VerifyOutcome.Completed.class);
        assertThat(h.notices.sent()).singleElement().satisfies(notice -> {
            assertThat(notice.subject()).isEqualTo("Multi-factor authentication was turned on");
            assertThat(notice.body()).contains("+1 ***-***-0123").doesNotContain("2015550123");
        });
    }
}
