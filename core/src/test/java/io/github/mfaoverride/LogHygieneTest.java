package io.github.mfaoverride;

import static io.github.mfaoverride.FlowFixture.MERCHANT;
import static io.github.mfaoverride.FlowFixture.MERCHANT_ADMIN;
import static io.github.mfaoverride.FlowFixture.MERCHANT_USER;
import static io.github.mfaoverride.FlowFixture.NEW_NUMBER;
import static io.github.mfaoverride.FlowFixture.OTHER_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mfaoverride.command.AnswerStepUp;
import io.github.mfaoverride.command.BeginMfaOptIn;
import io.github.mfaoverride.command.BeginPhoneChange;
import io.github.mfaoverride.command.CancelRequest;
import io.github.mfaoverride.command.ConfirmMfaOptIn;
import io.github.mfaoverride.command.ResendCode;
import io.github.mfaoverride.command.SendCode;
import io.github.mfaoverride.domain.AdminRole;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.domain.UserStatus;
import io.github.mfaoverride.error.TransientFailureException;
import io.github.mfaoverride.outcome.BeginOutcome;
import io.github.mfaoverride.outcome.OptInOutcome;
import io.github.mfaoverride.outcome.StepUpOutcome;
import io.github.mfaoverride.port.CodeMessage;
import io.github.mfaoverride.port.DeliveryOutcome;
import io.github.mfaoverride.port.DeliveryRefusal;
import io.github.mfaoverride.testkit.TestUsers;
import io.github.mfaoverride.workflow.RequestId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs full flows, successes and refusals, and reads every line the library logged: no code and no full phone
 * number may appear in it.
 *
 * <p>The build sends slf4j-simple's output to a file at DEBUG (surefire's {@code org.slf4j.simpleLogger.logFile});
 * this test reads what the flows appended to it. Run elsewhere (an IDE, PIT) the output goes to {@code System.err}
 * at the default level, and the test captures that stream instead.
 */
class LogHygieneTest {

    private static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";

    @Test
    void logsWhenFullFlowsSucceedAndFailThenNoCodeAndNoFullPhoneNumberAppears() throws Exception {
        FlowFixture world = new FlowFixture();

        String log = capture(() -> runFlows(world));

        assertThat(log).as("the capture must have seen the flows' log lines")
                .contains("completed").contains("refused").contains("locked").contains("superseded");
        Set<String> codes = new LinkedHashSet<>();
        Set<PhoneNumber> numbers = new LinkedHashSet<>();
        for (CodeMessage message : world.outbox.delivered()) {
            codes.add(message.code());
            numbers.add(message.destination());
        }
        for (User user : world.store.directory().listUsers()) {
            user.mfa().phone().ifPresent(numbers::add);
        }
        assertThat(codes).hasSizeGreaterThan(5);
        assertThat(numbers).hasSizeGreaterThan(5);
        for (String code : codes) {
            assertThat(Pattern.compile("\\b" + code + "\\b").matcher(log).find())
                    .as("code %s appears in the log", code).isFalse();
        }
        String digitsJoined = log.replaceAll("(?<=\\d)[ ().\\-]+(?=\\d)", "");
        for (PhoneNumber number : numbers) {
            String national = number.e164().substring(1 + String.valueOf(number.countryCode()).length());
            assertThat(log).doesNotContain(number.e164());
            assertThat(digitsJoined).as("a full number ending %s", number.masked()).doesNotContain(national);
        }
        assertThat(log).contains("+1 ***-***-0122");
    }

    private static void runFlows(FlowFixture world) {
        User suspended = TestUsers.user("suspended-user").in(MERCHANT).mfaOn(OTHER_NUMBER)
                .status(UserStatus.SUSPENDED).build();
        world.store.directory().save(suspended);
        world.save(TestUsers.user("inactive-user").in(MERCHANT).mfaOn("+12015550155").status(UserStatus.INACTIVE));
        world.save(TestUsers.user("unlucky-user").in(MERCHANT).mfaOn("+12015550144"));
        world.save(TestUsers.user("newcomer").in(MERCHANT).grant(AdminRole.MERCHANT_ADMIN, MERCHANT));

        world.useBuiltInStepUp();
        BeginOutcome begun = world.mfa.begin(new BeginPhoneChange(MERCHANT_ADMIN, MERCHANT_USER));
        RequestId first = ((BeginOutcome.Started) begun).requestId();
        world.mfa.answerStepUp(new AnswerStepUp(first, MERCHANT_ADMIN, FlowFixture.wrong(world.lastCode())));
        StepUpOutcome passed = world.mfa.answerStepUp(new AnswerStepUp(first, MERCHANT_ADMIN, world.lastCode()));
        String proof = ((StepUpOutcome.Passed) passed).stepUpProof();
        world.send(first, MERCHANT_ADMIN, proof, FlowFixture.OLD_NUMBER);
        world.send(first, MERCHANT_ADMIN, proof, "+1 555");
        world.send(first, MERCHANT_ADMIN, proof, "+442079460018");
        world.send(first, MERCHANT_ADMIN, proof, OTHER_NUMBER);
        world.mfa.resendCode(new ResendCode(first, MERCHANT_ADMIN, proof, null));
        world.clock.advance(Duration.ofSeconds(30));
        world.mfa.correctNumber(new SendCode(first, MERCHANT_ADMIN, proof, NEW_NUMBER, null, DeliveryMethod.SMS));
        world.verify(first, MERCHANT_ADMIN, proof, FlowFixture.wrong(world.lastCode()));
        world.store.directory().failNextWrite(new TransientFailureException("directory unavailable", null));
        assertThatThrownBy(() -> world.verify(first, MERCHANT_ADMIN, proof, world.lastCode()))
                .isInstanceOf(TransientFailureException.class);
        world.verify(first, MERCHANT_ADMIN, proof, world.lastCode());
        world.verify(first, MERCHANT_ADMIN, proof, world.lastCode());

        world.configure(builder -> builder);
        FlowFixture.Started locked = startOn(world, UserId.of("suspended-user"), "+12015550166");
        for (int i = 0; i < 5; i++) {
            world.verify(locked.id(), MERCHANT_ADMIN, locked.proof(), FlowFixture.wrong(locked.code()));
        }
        FlowFixture.Started superseded = startOn(world, UserId.of("suspended-user"), "+12015550177");
        world.begin(MERCHANT_ADMIN, UserId.of("suspended-user"));
        world.verify(superseded.id(), MERCHANT_ADMIN, superseded.proof(), superseded.code());
        world.mfa.begin(new BeginPhoneChange(MERCHANT_ADMIN, UserId.of("inactive-user")));
        world.mfa.begin(new BeginPhoneChange(MERCHANT_ADMIN, FlowFixture.OTHER_MERCHANT_USER));

        RequestId failing = world.begin(MERCHANT_ADMIN, UserId.of("unlucky-user"));
        String failingProof = world.passStepUp(failing, MERCHANT_ADMIN);
        world.outbox.scriptNext(new DeliveryOutcome.Refused(DeliveryRefusal.OPTED_OUT, "opted out"),
                new DeliveryOutcome.TransientFailure("timeout", Optional.of(Duration.ofSeconds(5))));
        world.send(failing, MERCHANT_ADMIN, failingProof, "+12015550188");
        world.send(failing, MERCHANT_ADMIN, failingProof, "+12015550188");
        world.clock.advance(Duration.ofMinutes(5));
        world.send(failing, MERCHANT_ADMIN, failingProof, "+12015550188");
        world.mfa.cancel(new CancelRequest(failing, MERCHANT_ADMIN));

        UserId newcomer = UserId.of("newcomer");
        world.mfa.beginMfaOptIn(new BeginMfaOptIn(newcomer, "201-555-0199", "US", DeliveryMethod.VOICE));
        world.mfa.beginMfaOptIn(new BeginMfaOptIn(newcomer, "12345", "US", DeliveryMethod.SMS));
        OptInOutcome optIn = world.mfa.beginMfaOptIn(new BeginMfaOptIn(newcomer, "+12015550199", null,
                DeliveryMethod.SMS));
        RequestId optInId = ((OptInOutcome.CodeSentForOptIn) optIn).requestId();
        world.mfa.confirmMfaOptIn(new ConfirmMfaOptIn(optInId, newcomer, FlowFixture.wrong(world.lastCode())));
        world.mfa.confirmMfaOptIn(new ConfirmMfaOptIn(optInId, newcomer, world.lastCode()));
    }

    private static FlowFixture.Started startOn(FlowFixture world, UserId target, String number) {
        RequestId id = world.begin(MERCHANT_ADMIN, target);
        String proof = world.passStepUp(id, MERCHANT_ADMIN);
        world.send(id, MERCHANT_ADMIN, proof, number);
        return new FlowFixture.Started(id, proof, world.lastCode());
    }

    private static String capture(Runnable flows) throws IOException {
        String target = System.getProperty(LOG_FILE, "System.err");
        if (!target.equals("System.err") && !target.equals("System.out")) {
            Path file = Path.of(target);
            long start = Files.exists(file) ? Files.size(file) : 0;
            flows.run();
            try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
                in.seek(start);
                byte[] appended = new byte[(int) (in.length() - start)];
                in.readFully(appended);
                return new String(appended, StandardCharsets.UTF_8);
            }
        }
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = target.equals("System.out") ? System.out : System.err;
        PrintStream tee = new PrintStream(captured, true, StandardCharsets.UTF_8);
        try {
            if (target.equals("System.out")) {
                System.setOut(tee);
            } else {
                System.setErr(tee);
            }
            flows.run();
        } finally {
            if (target.equals("System.out")) {
                System.setOut(original);
            } else {
                System.setErr(original);
            }
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
