package io.github.mfaoverride;

import static io.github.mfaoverride.FlowFixture.MERCHANT_ADMIN;
import static io.github.mfaoverride.FlowFixture.MERCHANT_USER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.command.AnswerStepUp;
import io.github.mfaoverride.outcome.StepUpOutcome;
import io.github.mfaoverride.workflow.PhoneChangeRequest;
import io.github.mfaoverride.workflow.RequestId;
import org.junit.jupiter.api.Test;

/**
 * Values that carry secrets describe themselves without them, so a host that logs an outcome or a request leaks
 * nothing (OWASP ASVS 16.2.5).
 */
class RedactionTest {

    private final FlowFixture world = new FlowFixture();

    @Test
    void toStringWhenAStepUpPassedThenTheProofIsHidden() {
        RequestId id = world.begin(MERCHANT_ADMIN, MERCHANT_USER);

        StepUpOutcome.Passed passed = (StepUpOutcome.Passed) world.mfa.answerStepUp(
                new AnswerStepUp(id, MERCHANT_ADMIN, FlowFixture.APPROVE));

        assertThat(passed.toString()).doesNotContain(passed.stepUpProof()).contains("hidden");
    }

    @Test
    void toStringWhenACodeIsOutstandingThenNeitherDigestNorStepUpReferenceNorFullNumberShows() {
        FlowFixture.Started started = world.started();
        PhoneChangeRequest request = world.request(started.id());

        String text = request.toString();

        assertThat(text).doesNotContain(request.codeDigest().orElseThrow())
                .doesNotContain(request.stepUpReference().orElseThrow())
                .doesNotContain(request.destination().orElseThrow().e164())
                .contains(request.destination().orElseThrow().masked(), "codeOutstanding=true");
    }
}
