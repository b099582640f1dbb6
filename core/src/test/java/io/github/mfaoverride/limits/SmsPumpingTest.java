package io.github.mfaoverride.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.MfaOverride;
import io.github.mfaoverride.audit.AuditRecord;
import io.github.mfaoverride.command.AnswerStepUp;
import io.github.mfaoverride.command.BeginPhoneChange;
import io.github.mfaoverride.command.SendCode;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.PhoneLineType;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.outcome.BeginOutcome;
import io.github.mfaoverride.outcome.Limit;
import io.github.mfaoverride.outcome.RefusalReason;
import io.github.mfaoverride.outcome.Refused;
import io.github.mfaoverride.outcome.SendOutcome;
import io.github.mfaoverride.outcome.StepUpOutcome;
import io.github.mfaoverride.port.CodeMessage;
import io.github.mfaoverride.scenario.Harness;
import io.github.mfaoverride.screening.NumberPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compromised admin accounts try to pump codes to premium-rate and foreign numbers, as fast as the facade lets
 * them, for three simulated hours. Deliveries are counted in the outbox: nothing goes past the configured limits.
 */
class SmsPumpingTest {

    private static final Duration ATTACK = Duration.ofHours(3);

    @Test
    void sendCodeWhenAdminPumpsPremiumAndTollFreeNumbersThenNothingIsSent() {
        Harness h = Harness.create(builder -> builder.numberScreening(NumberPolicy.defaults()));
        UserId mallory = h.admin("mallory");
        List<Refused> refusals = new ArrayList<>();

        for (int i = 0; i < 40; i++) {
            Harness.Flow flow = h.stepUp(mallory, h.user("victim-" + i));
            boolean premium = i % 2 == 0;
            String number = premium ? String.format("+1900555%04d", i) : String.format("+1800555%04d", i);
            SendOutcome sent = h.mfa.sendCode(new SendCode(flow.id(), mallory, flow.proof(), number, null,
                    premium ? DeliveryMethod.SMS : DeliveryMethod.VOICE));
            assertThat(sent).isInstanceOf(Refused.class);
            refusals.add((Refused) sent);
            if (i % 10 == 9) {
                h.clock.advance(Duration.ofHours(1));
            }
        }

        assertThat(h.outbox.delivered()).isEmpty();
        assertThat(refusals).extracting(Refused::reason)
                .containsOnly(RefusalReason.METHOD_CANNOT_REACH_NUMBER, RefusalReason.NUMBER_REJECTED);
        assertThat(h.audit.records()).filteredOn(r -> r.outcome().name().equals("REFUSED"))
                .filteredOn(r -> r.reason().filter("NUMBER_REJECTED"::equals).isPresent())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.screeningSource()).contains(NumberPolicy.SOURCE));
    }

    @Test
    void sendCodeWhenAdminPumpsForeignNumbersThenDeliveriesStopAtTheAdminSendLimit() {
        Harness h = Harness.create(builder -> builder.numberScreening(NumberPolicy.defaults()));
        List<UserId> admins = List.of(h.admin("mallory"));

        Map<Limit, Integer> refusedBy = pump(h, admins);

        WindowLimit adminSends = RateLimitPolicy.defaults().limit(Limit.ADMIN_SENDS);
        System.out.printf("SMS pumping, one admin, %s: %d codes delivered, refusals by limit %s%n", ATTACK,
                h.outbox.delivered().size(), refusedBy);
        assertThat(maxInAnyAnchoredWindow(h.outbox.delivered(), h, adminSends.window()))
                .isEqualTo(adminSends.max());
        assertThat(h.outbox.delivered()).hasSize(3 * adminSends.max());
        assertThat(h.outbox.delivered()).extracting(m -> m.destination().lineType())
                .doesNotContain(PhoneLineType.PREMIUM_RATE, PhoneLineType.TOLL_FREE, PhoneLineType.SHARED_COST);
        assertThat(refusedBy).containsKey(Limit.ADMIN_SENDS);
    }

    @Test
    void sendCodeWhenSeveralAdminsPumpOneCountryThenTheCountryAndGlobalBudgetsHold() {
        RateLimitPolicy policy = RateLimitPolicy.builder()
                .country("NG", WindowLimit.of(20, Duration.ofHours(1)))
                .limit(Limit.GLOBAL_SENDS, WindowLimit.of(50, Duration.ofHours(1)))
                .build();
        Harness h = Harness.create(builder -> builder.numberScreening(NumberPolicy.defaults())
                .rateLimitPolicy(policy));
        List<UserId> admins = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            admins.add(h.admin("mallory-" + i));
        }

        Map<Limit, Integer> refusedBy = pump(h, admins);

        List<CodeMessage> toNigeria = h.outbox.delivered().stream()
                .filter(m -> m.destination().region().equals("NG")).toList();
        System.out.printf("SMS pumping, six admins, %s: %d codes delivered (%d to NG), refusals by limit %s%n",
                ATTACK, h.outbox.delivered().size(), toNigeria.size(), refusedBy);
        assertThat(maxInAnyAnchoredWindow(toNigeria, h, Duration.ofHours(1))).isEqualTo(20);
        assertThat(maxInAnyAnchoredWindow(h.outbox.delivered(), h, Duration.ofHours(1))).isEqualTo(50);
        assertThat(h.outbox.delivered()).hasSize(3 * 50);
        assertThat(refusedBy).containsKeys(Limit.COUNTRY_SENDS, Limit.GLOBAL_SENDS);
    }

    @Test
    void sendCodeWhenOnlyHomeCountryIsAllowedThenNoForeignNumberGetsACode() {
        Harness h = Harness.create(builder -> builder.numberScreening(NumberPolicy.builder().allowCountries("US")
                .build()));
        UserId mallory = h.admin("mallory");

        pump(h, List.of(mallory));

        assertThat(h.outbox.delivered()).isEmpty();
        assertThat(h.audit.records()).filteredOn(r -> r.reason().filter("NUMBER_REJECTED"::equals).isPresent())
                .isNotEmpty()
                .extracting(AuditRecord::detail)
                .allSatisfy(detail -> assertThat(detail).hasValueSatisfying(text -> assertThat(text)
                        .contains("COUNTRY_NOT_ALLOWED", "number-policy").doesNotContain("234")));
    }

    /**
     * Each minute, every admin begins a request on a fresh victim and sends to one foreign number, then corrects it
     * twice to other foreign numbers (and tries a premium one on the way), for {@link #ATTACK}.
     */
    private static Map<Limit, Integer> pump(Harness h, List<UserId> admins) {
        Map<Limit, Integer> refusedBy = new EnumMap<>(Limit.class);
        Instant end = h.clock.instant().plus(ATTACK);
        int victim = 0;
        int number = 0;
        while (h.clock.instant().isBefore(end)) {
            for (UserId admin : admins) {
                UserId target = h.user("victim-" + victim++);
                BeginOutcome begun = h.mfa.begin(new BeginPhoneChange(admin, target));
                if (begun instanceof Refused refused) {
                    refused.limit().ifPresent(limit -> refusedBy.merge(limit, 1, Integer::sum));
                    continue;
                }
                Harness.Flow flow = passStepUp(h.mfa, admin, ((BeginOutcome.Started) begun));
                tally(refusedBy, sendOrCorrect(h, flow, String.format("+1900555%04d", number % 10_000), true));
                for (int send = 0; send < 3; send++) {
                    tally(refusedBy, sendOrCorrect(h, flow, foreign(number++), send > 0));
                    h.clock.advance(Duration.ofSeconds(30));
                }
            }
            h.clock.advance(Duration.ofMinutes(1));
        }
        return refusedBy;
    }

    private static Harness.Flow passStepUp(MfaOverride mfa, UserId admin, BeginOutcome.Started started) {
        StepUpOutcome passed = mfa.answerStepUp(new AnswerStepUp(started.requestId(),
                admin, Harness.STEP_UP_OK));
        return new Harness.Flow(started.requestId(), admin, ((StepUpOutcome.Passed) passed).stepUpProof());
    }

    private static SendOutcome sendOrCorrect(Harness h, Harness.Flow flow, String number, boolean correct) {
        SendCode command = new SendCode(flow.id(), flow.admin(), flow.proof(), number, null, DeliveryMethod.SMS);
        SendOutcome first = h.mfa.sendCode(command);
        if (first instanceof Refused refused && refused.reason() == RefusalReason.WRONG_STATE) {
            return h.mfa.correctNumber(command);
        }
        return first;
    }

    private static void tally(Map<Limit, Integer> refusedBy, SendOutcome outcome) {
        if (outcome instanceof Refused refused) {
            refused.limit().ifPresent(limit -> refusedBy.merge(limit, 1, Integer::sum));
        }
    }

    /** Valid foreign mobile numbers in three countries, in turn: France, Nigeria, Germany. */
    private static String foreign(int i) {
        return switch (i % 3) {
            case 0 -> String.format("+336123%05d", i);
            case 1 -> String.format("+23480312%05d", i);
            default -> String.format("+4915112%05d", i);
        };
    }

    /** The most deliveries in one window anchored at its first delivery, walking the outbox in order. */
    private static int maxInAnyAnchoredWindow(List<CodeMessage> messages, Harness h, Duration window) {
        List<Instant> times = new ArrayList<>();
        for (CodeMessage message : messages) {
            times.add(deliveredAt(h, message));
        }
        int max = 0;
        int i = 0;
        while (i < times.size()) {
            Instant until = times.get(i).plus(window);
            int j = i;
            while (j < times.size() && times.get(j).isBefore(until)) {
                j++;
            }
            max = Math.max(max, j - i);
            i = j;
        }
        return max;
    }

    private static Instant deliveredAt(Harness h, CodeMessage message) {
        return h.audit.records().stream()
                .filter(r -> r.outcome().name().equals("CODE_SENT"))
                .filter(r -> r.request().map(id -> id.value().equals(message.reference())).orElse(false))
                .filter(r -> r.maskedNewNumber().filter(message.destination().masked()::equals).isPresent())
                .map(AuditRecord::at)
                .findFirst().orElseThrow();
    }
}
