package io.github.mfaoverride.outcome;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * What the admin's step-up response gave: a proof, a wrong answer, a lock, or a refusal.
 */
public sealed interface StepUpOutcome permits StepUpOutcome.Passed, StepUpOutcome.WrongResponse, Locked, Refused {

    /**
     * The admin proved themselves; the Edit Phone Number screen may open.
     *
     * @param stepUpProof the token to pass to every later step; bound to this request, admin and target, not null
     * @param sendFirstCodeBefore the first code must be sent before this time, not null
     */
    record Passed(String stepUpProof, Instant sendFirstCodeBefore) implements StepUpOutcome {
        /** Checks that no component is null. */
        public Passed {
            requireNonNull(stepUpProof, "stepUpProof cannot be null");
            requireNonNull(sendFirstCodeBefore, "sendFirstCodeBefore cannot be null");
        }

        /** Leaves the proof out: it authorises the later steps, so it must not reach a log. */
        @Override
        public String toString() {
            return "Passed[stepUpProof=(hidden), sendFirstCodeBefore=" + sendFirstCodeBefore + "]";
        }
    }

    /**
     * The response was wrong and was counted.
     *
     * @param attemptsLeft how many more wrong responses lock the request, one or more
     */
    record WrongResponse(int attemptsLeft) implements StepUpOutcome {
    }
}
