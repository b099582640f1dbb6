package io.github.mfaoverride.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickstartTest {

    @Test
    void runOnWhenRunThenPrintsTheArticleScreensInOrderAndTheNewNumber() {
        String printed = run();

        assertThat(printed).containsSubsequence(
                "== Users grid ==", "bob", "+1 ***-***-0142",
                "== User Details ==", "edit icon next to the phone number: shown",
                "== Extra security step ==",
                "== Edit Phone Number ==", "code sent to +1 ***-***-0199",
                "== Enter the Code ==", "updated to +1 ***-***-0199",
                "== User Details ==", "Phone: +1 ***-***-0199",
                "== Users grid ==", "bob", "+1 ***-***-0199",
                "carol is Inactive", "TARGET_STATUS_NOT_ELIGIBLE", "refused: INELIGIBLE",
                "== Audit trail ==", "BEGIN", "STEP_UP", "SEND_CODE", "VERIFY_CODE", "COMPLETED",
                "== Outcome counts ==", "Completed", "Refused.INELIGIBLE");
    }

    @Test
    void runOnWhenTheChangeCompletesThenTheUserIsNoticedByEmailAndOnTheOldNumber() {
        String printed = run();

        assertThat(printed).containsSubsequence("== Enter the Code ==", "[email b***@example.com]",
                "[phone +1 ***-***-0142]", "updated to +1 ***-***-0199");
        assertThat(printed).doesNotContain("bob@example.com");
    }

    @Test
    void runOnWhenRunThenPrintsNoFullNumberAndNoDigitsOfAnyCode() {
        String printed = run();

        assertThat(printed).doesNotContain("2015550199", "2015550142", "2015550100", "555-0199");
        assertThat(printed).containsPattern("Your code is \\*{6}\\.");
        assertThat(printed).doesNotContainPattern("Your code is \\d");
    }

    private static String run() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Quickstart.runOn(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
