package io.github.mfaoverride.workflow;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * The persisted aggregate of one phone change (or one admin MFA opt-in), from begin to its terminal state.
 *
 * <p>Immutable: each transition method returns a new instance after checking the move against
 * {@link StateTransitions}; storage saves it and bumps {@code version}. The code itself is never held, only its
 * keyed digest ({@code codeDigest}), which is cleared once the code is consumed.
 *
 * <p>Adapters rebuild a stored request with the canonical constructor; everything else goes through
 * {@link #openPhoneChange} or {@link #openMfaOptIn} and the transition methods.
 *
 * @param id the request's id, not null
 * @param kind what it changes, not null
 * @param adminId the acting admin, not null
 * @param targetId the user whose phone changes (the admin for an opt-in), not null
 * @param state the current state, not null
 * @param createdAt when it began, not null
 * @param expiresAt the end of its lifetime, bounding every step (moved to the approval's expiry while a change awaits
 *     approval), not null
 * @param updatedAt the last change, not null
 * @param stepUpReference the MFA verifier's handle on the admin's step-up challenge, if one began
 * @param stepUpFailures wrong step-up responses so far, never decreasing
 * @param stepUpPassedAt when the step-up was passed, if it was
 * @param destination the number the current code went to, if one was sent
 * @param method how the current code was sent, if one was
 * @param codeDigest keyed digest of the current code, present only while a code is outstanding
 * @param codeExpiresAt when the current code stops being accepted, if one was sent
 * @param sendCount codes sent or attempted, never decreasing
 * @param lastSentAt when a code was last sent or attempted, if ever
 * @param codeFailures wrong codes so far, never decreasing
 * @param version the stored version, zero before the first save
 */
public record PhoneChangeRequest(
        RequestId id,
        RequestKind kind,
        UserId adminId,
        UserId targetId,
        RequestState state,
        Instant createdAt,
        Instant expiresAt,
        Instant updatedAt,
        Optional<String> stepUpReference,
        int stepUpFailures,
        Optional<Instant> stepUpPassedAt,
        Optional<PhoneNumber> destination,
        Optional<DeliveryMethod> method,
        Optional<String> codeDigest,
        Optional<Instant> codeExpiresAt,
        int sendCount,
        Optional<Instant> lastSentAt,
        int codeFailures,
        long version) {

    /** Checks that no component is null and no counter is negative. */
    public PhoneChangeRequest {
        requireNonNull(id, "id cannot be null");
        requireNonNull(kind, "kind cannot be null");
        requireNonNull(adminId, "adminId cannot be null");
        requireNonNull(targetId, "targetId cannot be null");
        requireNonNull(state, "state cannot be null");
        requireNonNull(createdAt, "createdAt cannot be null");
        requireNonNull(expiresAt, "expiresAt cannot be null");
        requireNonNull(updatedAt, "updatedAt cannot be null");
        requireNonNull(stepUpReference, "stepUpReference cannot be null");
        requireNonNull(stepUpPassedAt, "stepUpPassedAt cannot be null");
        requireNonNull(destination, "destination cannot be null");
        requireNonNull(method, "method cannot be null");
        requireNonNull(codeDigest, "codeDigest cannot be null");
        requireNonNull(codeExpiresAt, "codeExpiresAt cannot be null");
        requireNonNull(lastSentAt, "lastSentAt cannot be null");
        if (stepUpFailures < 0 || sendCount < 0 || codeFailures < 0 || version < 0) {
            throw new IllegalArgumentException("counters and version must be zero or more");
        }
    }

    /**
     * Begins an admin-assisted phone change, waiting for the admin's step-up.
     *
     * @param id a fresh id, not null
     * @param adminId the acting admin, not null
     * @param targetId the user whose phone changes, not null
     * @param stepUpReference the verifier's handle on the challenge it began, not null
     * @param now the current time, not null
     * @param expiresAt the end of the request's lifetime, not null
     * @return a new, unsaved request in {@link RequestState#AWAITING_STEP_UP}
     */
    public static PhoneChangeRequest openPhoneChange(
            RequestId id, UserId adminId, UserId targetId, String stepUpReference, Instant now, Instant expiresAt) {
        requireNonNull(stepUpReference, "stepUpReference cannot be null");
        return new PhoneChangeRequest(id, RequestKind.PHONE_CHANGE, adminId, targetId, RequestState.AWAITING_STEP_UP,
                now, expiresAt, now, Optional.of(stepUpReference), 0, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 0, Optional.empty(), 0, 0);
    }

    /**
     * Begins an admin's MFA opt-in on their own number. There is no step-up: the admin has no factor yet and
     * proves possession of the number with the code alone.
     *
     * @param id a fresh id, not null
     * @param adminId the admin, who is also the target, not null
     * @param now the current time, not null
     * @param expiresAt the end of the request's lifetime, not null
     * @return a new, unsaved request in {@link RequestState#STEP_UP_PASSED}
     */
    public static PhoneChangeRequest openMfaOptIn(RequestId id, UserId adminId, Instant now, Instant expiresAt) {
        return new PhoneChangeRequest(id, RequestKind.MFA_OPT_IN, adminId, adminId, RequestState.STEP_UP_PASSED,
                now, expiresAt, now, Optional.empty(), 0, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 0, Optional.empty(), 0, 0);
    }

    /**
     * Tells whether the request's lifetime is over at the given time.
     *
     * @param now the current time, not null
     * @return true from {@code expiresAt} on
     */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /**
     * Records a wrong step-up response; the request locks when the failures reach {@code maxFailures}.
     *
     * @param now the current time, not null
     * @param maxFailures the limit, one or more
     * @return the changed request
     */
    public PhoneChangeRequest stepUpFailed(Instant now, int maxFailures) {
        int failures = stepUpFailures + 1;
        RequestState next = failures >= maxFailures ? RequestState.LOCKED : state;
        StateTransitions.require(state, next);
        return draft().state(next).stepUpFailures(failures).updatedAt(now).build();
    }

    /**
     * Records a passed step-up.
     *
     * @param now the current time, not null
     * @return the changed request, in {@link RequestState#STEP_UP_PASSED}
     */
    public PhoneChangeRequest stepUpPassed(Instant now) {
        StateTransitions.require(state, RequestState.STEP_UP_PASSED);
        return draft().state(RequestState.STEP_UP_PASSED).stepUpPassedAt(Optional.of(now)).updatedAt(now).build();
    }

    /**
     * Counts a send before it is attempted and starts the resend cooldown, so concurrent, in-flight or failing
     * sends can exceed neither the cap nor the cooldown.
     *
     * @param now the current time, not null
     * @return the changed request, in the same state
     */
    public PhoneChangeRequest sendReserved(Instant now) {
        StateTransitions.require(state, state);
        return draft().sendCount(sendCount + 1).lastSentAt(Optional.of(now)).updatedAt(now).build();
    }

    /**
     * Records a delivered code. Any earlier code stops being accepted; the failure count stays.
     *
     * @param to where it went, not null
     * @param by how it went, not null
     * @param digest the keyed digest of the code, not null
     * @param now the current time, not null
     * @param codeExpiry when the code stops being accepted, not null
     * @return the changed request, in {@link RequestState#CODE_SENT}
     */
    public PhoneChangeRequest codeSent(PhoneNumber to, DeliveryMethod by, String digest, Instant now,
            Instant codeExpiry) {
        StateTransitions.require(state, RequestState.CODE_SENT);
        return draft().state(RequestState.CODE_SENT).destination(Optional.of(to)).method(Optional.of(by))
                .codeDigest(Optional.of(digest)).codeExpiresAt(Optional.of(codeExpiry))
                .lastSentAt(Optional.of(now)).updatedAt(now).build();
    }

    /**
     * Records a wrong code; the request locks when the failures reach {@code maxFailures}.
     *
     * @param now the current time, not null
     * @param maxFailures the limit, one or more
     * @return the changed request
     */
    public PhoneChangeRequest codeFailed(Instant now, int maxFailures) {
        int failures = codeFailures + 1;
        RequestState next = failures >= maxFailures ? RequestState.LOCKED : state;
        StateTransitions.require(state, next);
        Draft draft = draft().state(next).codeFailures(failures).updatedAt(now);
        if (next == RequestState.LOCKED) {
            draft.codeDigest(Optional.empty());
        }
        return draft.build();
    }

    /**
     * Records the right code of a change the four-eyes rule holds: the code is consumed, the new number stays in
     * {@code destination}, and the request now lives until {@code approveBefore}, the approval's own expiry.
     *
     * @param now the current time, not null
     * @param approveBefore when the approval expires, not null
     * @return the changed request, in {@link RequestState#AWAITING_APPROVAL}
     */
    public PhoneChangeRequest awaitingApproval(Instant now, Instant approveBefore) {
        requireNonNull(approveBefore, "approveBefore cannot be null");
        StateTransitions.require(state, RequestState.AWAITING_APPROVAL);
        return draft().state(RequestState.AWAITING_APPROVAL).codeDigest(Optional.empty()).expiresAt(approveBefore)
                .updatedAt(now).build();
    }

    /**
     * Records the right code: the code is consumed and the request is over.
     *
     * @param now the current time, not null
     * @return the changed request, in {@link RequestState#COMPLETED}
     */
    public PhoneChangeRequest completed(Instant now) {
        StateTransitions.require(state, RequestState.COMPLETED);
        return draft().state(RequestState.COMPLETED).codeDigest(Optional.empty()).updatedAt(now).build();
    }

    /**
     * Ends the request without completing it.
     *
     * @param terminal one of the terminal failure states, not null
     * @param now the current time, not null
     * @return the changed request, with no code outstanding
     */
    public PhoneChangeRequest ended(RequestState terminal, Instant now) {
        if (!terminal.isTerminal() || terminal == RequestState.COMPLETED) {
            throw new IllegalArgumentException("terminal must be a terminal failure state, but was " + terminal);
        }
        StateTransitions.require(state, terminal);
        return draft().state(terminal).codeDigest(Optional.empty()).updatedAt(now).build();
    }

    /**
     * Returns the stored form after a save, one version on.
     *
     * @param newVersion the version storage assigned
     * @return the same request at that version
     */
    public PhoneChangeRequest withVersion(long newVersion) {
        return draft().version(newVersion).build();
    }

    /**
     * Describes the request without its secrets: the code digest and the step-up reference are left out, and the
     * destination is masked.
     *
     * @return a description safe to log
     */
    @Override
    public String toString() {
        return "PhoneChangeRequest[id=" + id + ", kind=" + kind + ", admin=" + adminId + ", target=" + targetId
                + ", state=" + state + ", expiresAt=" + expiresAt + ", destination=" + destination.map(
                        PhoneNumber::masked).orElse("-") + ", method=" + method.map(Enum::name).orElse("-")
                + ", stepUpFailures=" + stepUpFailures + ", sendCount=" + sendCount + ", codeFailures="
                + codeFailures + ", codeOutstanding=" + codeDigest.isPresent() + ", version=" + version + "]";
    }

    private Draft draft() {
        return new Draft(this);
    }

    /** A mutable copy used to derive the next immutable instance. */
    private static final class Draft {
        private final PhoneChangeRequest from;
        private RequestState state;
        private Instant expiresAt;
        private Instant updatedAt;
        private int stepUpFailures;
        private Optional<Instant> stepUpPassedAt;
        private Optional<PhoneNumber> destination;
        private Optional<DeliveryMethod> method;
        private Optional<String> codeDigest;
        private Optional<Instant> codeExpiresAt;
        private int sendCount;
        private Optional<Instant> lastSentAt;
        private int codeFailures;
        private long version;

        Draft(PhoneChangeRequest from) {
            this.from = from;
            this.state = from.state;
            this.expiresAt = from.expiresAt;
            this.updatedAt = from.updatedAt;
            this.stepUpFailures = from.stepUpFailures;
            this.stepUpPassedAt = from.stepUpPassedAt;
            this.destination = from.destination;
            this.method = from.method;
            this.codeDigest = from.codeDigest;
            this.codeExpiresAt = from.codeExpiresAt;
            this.sendCount = from.sendCount;
            this.lastSentAt = from.lastSentAt;
            this.codeFailures = from.codeFailures;
            this.version = from.version;
        }

        Draft state(RequestState value) {
            state = value;
            return this;
        }

        Draft expiresAt(Instant value) {
            expiresAt = value;
            return this;
        }

        Draft updatedAt(Instant value) {
            updatedAt = value;
            return this;
        }

        Draft stepUpFailures(int value) {
            stepUpFailures = value;
            return this;
        }

        Draft stepUpPassedAt(Optional<Instant> value) {
            stepUpPassedAt = value;
            return this;
        }

        Draft destination(Optional<PhoneNumber> value) {
            destination = value;
            return this;
        }

        Draft method(Optional<DeliveryMethod> value) {
            method = value;
            return this;
        }

        Draft codeDigest(Optional<String> value) {
            codeDigest = value;
            return this;
        }

        Draft codeExpiresAt(Optional<Instant> value) {
            codeExpiresAt = value;
            return this;
        }

        Draft sendCount(int value) {
            sendCount = value;
            return this;
        }

        Draft lastSentAt(Optional<Instant> value) {
            lastSentAt = value;
            return this;
        }

        Draft codeFailures(int value) {
            codeFailures = value;
            return this;
        }

        Draft version(long value) {
            version = value;
            return this;
        }

        PhoneChangeRequest build() {
            return new PhoneChangeRequest(from.id, from.kind, from.adminId, from.targetId, state, from.createdAt,
                    expiresAt, updatedAt, from.stepUpReference, stepUpFailures, stepUpPassedAt, destination,
                    method, codeDigest, codeExpiresAt, sendCount, lastSentAt, codeFailures, version);
        }
    }
}
