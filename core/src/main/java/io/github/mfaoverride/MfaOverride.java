package io.github.mfaoverride;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.approval.ApprovalRule;
import io.github.mfaoverride.audit.AuditStep;
import io.github.mfaoverride.audit.AuditTrail;
import io.github.mfaoverride.authorization.ChangeAuthorization;
import io.github.mfaoverride.authorization.Eligibility;
import io.github.mfaoverride.authorization.ScopedRoleAuthorization;
import io.github.mfaoverride.code.VerificationCodes;
import io.github.mfaoverride.command.AnswerStepUp;
import io.github.mfaoverride.command.ApproveChange;
import io.github.mfaoverride.command.BeginMfaOptIn;
import io.github.mfaoverride.command.BeginPhoneChange;
import io.github.mfaoverride.command.CancelRequest;
import io.github.mfaoverride.command.ConfirmMfaOptIn;
import io.github.mfaoverride.command.RejectChange;
import io.github.mfaoverride.command.ResendCode;
import io.github.mfaoverride.command.SendCode;
import io.github.mfaoverride.command.VerifyCode;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.error.ErrorCode;
import io.github.mfaoverride.error.InvalidInputException;
import io.github.mfaoverride.error.MfaOverrideException;
import io.github.mfaoverride.event.MfaEventListener;
import io.github.mfaoverride.internal.Inputs;
import io.github.mfaoverride.limits.LockoutPolicy;
import io.github.mfaoverride.limits.Lockouts;
import io.github.mfaoverride.limits.RateLimitCounters;
import io.github.mfaoverride.limits.RateLimitPolicy;
import io.github.mfaoverride.limits.RateLimiter;
import io.github.mfaoverride.notice.ChangeNotices;
import io.github.mfaoverride.notice.ChangeNotifier;
import io.github.mfaoverride.notice.NoticeTemplates;
import io.github.mfaoverride.outcome.ApprovalOutcome;
import io.github.mfaoverride.outcome.BeginOutcome;
import io.github.mfaoverride.outcome.CancelOutcome;
import io.github.mfaoverride.outcome.OptInOutcome;
import io.github.mfaoverride.outcome.SendOutcome;
import io.github.mfaoverride.outcome.StepUpOutcome;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.port.CodeDelivery;
import io.github.mfaoverride.port.NumberScreening;
import io.github.mfaoverride.port.PhoneChangeRequests;
import io.github.mfaoverride.port.StepUpVerifier;
import io.github.mfaoverride.port.Transactions;
import io.github.mfaoverride.port.UserDirectory;
import io.github.mfaoverride.stepup.CodeStepUpVerifier;
import io.github.mfaoverride.stepup.StepUpProofs;
import io.github.mfaoverride.workflow.RequestId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's one entry point: the use cases of an admin-assisted MFA phone change and of an admin's MFA
 * opt-in.
 *
 * <p>The flow, as the source article describes it: {@link #eligibility} decides whether the edit icon shows;
 * {@link #begin} opens the "Extra security step"; {@link #answerStepUp} checks the admin; {@link #sendCode} sends a
 * code to the user's new number; {@link #verifyCode} takes the code the user read out and, only then, replaces
 * the number. {@link #resendCode}, {@link #correctNumber} and {@link #cancel} help along the way.
 *
 * <p>Every step reads the admin, the target and the request again and applies every rule again; only the
 * step-up proof is carried between steps, so consecutive steps may run on different service instances.
 * Business refusals come back as {@link io.github.mfaoverride.outcome.Refused} values; bad input, unknown ids
 * and infrastructure faults are {@link MfaOverrideException}s with a machine-readable code. A refused or failed
 * step changes nothing, except that wrong answers and sends are counted as their outcomes say.
 *
 * <p>Abuse resistance and accountability are wired through the builder: cross-request rate limits and lockouts
 * ({@link Builder#rateLimitCounters}), a number policy ({@link io.github.mfaoverride.screening.NumberPolicy} as the
 * {@link Builder#numberScreening}), an audit trail with one record per use-case outcome ({@link Builder#auditTrail}),
 * change notices after a completed change ({@link Builder#changeNotices}), a four-eyes rule with {@link #approve}
 * and {@link #reject} ({@link Builder#approvalRule}) and domain events ({@link Builder#eventListener}). A host joins
 * its own logs to the audit trail with {@link #withCorrelationId}.
 *
 * <p>Thread-safe once built. Build one with {@link #builder()}.
 */
public final class MfaOverride {

    private static final Logger LOG = LoggerFactory.getLogger(MfaOverride.class);
    private static final int MAX_CORRELATION_ID_LENGTH = 128;

    private final Wiring wiring;
    private final PhoneChangeFlow phoneChange;
    private final MfaOptInFlow optIn;
    private final ApprovalFlow approvals;
    private final RequestSteps steps;
    private final Accountability accountability;
    private final Optional<String> correlationId;

    private MfaOverride(Wiring wiring) {
        this.wiring = wiring;
        this.steps = new RequestSteps(wiring);
        this.phoneChange = new PhoneChangeFlow(wiring, steps);
        this.optIn = new MfaOptInFlow(wiring, steps);
        this.approvals = new ApprovalFlow(wiring, steps);
        this.accountability = new Accountability(wiring);
        this.correlationId = Optional.empty();
    }

    private MfaOverride(MfaOverride base, String correlationId) {
        this.wiring = base.wiring;
        this.phoneChange = base.phoneChange;
        this.optIn = base.optIn;
        this.approvals = base.approvals;
        this.steps = base.steps;
        this.accountability = base.accountability;
        this.correlationId = Optional.of(correlationId);
    }

    /**
     * Starts a builder.
     *
     * @return a builder with the documented defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a view of this facade that stamps every audit record and event of its calls with the host's
     * correlation id (an HTTP request id, a trace id), so the host's logs and the audit trail can be joined.
     * The view shares everything else with this facade and is as cheap as a wrapper; make one per incoming call:
     * {@code mfa.withCorrelationId(requestId).sendCode(command)}.
     *
     * @param id the host's id, not blank, at most 128 characters, no control characters; never a secret
     * @return the view, never null
     * @throws io.github.mfaoverride.error.InvalidInputException when the id is malformed
     */
    public MfaOverride withCorrelationId(String id) {
        return new MfaOverride(this, Inputs.text("correlationId", id, MAX_CORRELATION_ID_LENGTH));
    }

    /**
     * Tells a screen whether to show the edit icon next to a user's phone number, and if not, every reason.
     *
     * @param adminId the acting admin, not null
     * @param targetId the user shown, not null
     * @return the eligibility, never null
     * @throws io.github.mfaoverride.error.UnknownEntityException when either user does not exist
     */
    public Eligibility eligibility(UserId adminId, UserId targetId) {
        User admin = loadUser("adminId", adminId);
        User target = loadUser("targetId", targetId);
        return wiring.authorization().evaluate(admin, target);
    }

    /**
     * Begins a phone change: checks the admin and target, supersedes the target's open request if any, and starts
     * the admin's step-up challenge.
     *
     * @param command who acts on whom, not null
     * @return the started request and its step-up prompt, or a refusal
     */
    public BeginOutcome begin(BeginPhoneChange command) {
        return run(AuditStep.BEGIN, command == null ? null : command.adminId(), null,
                command == null ? null : command.targetId(), () -> phoneChange.begin(command));
    }

    /**
     * Checks the admin's step-up response. A wrong one is counted; at the limit the request locks.
     *
     * @param command the request and the response, not null
     * @return a step-up proof for the later steps, a wrong-response count, a lock, or a refusal
     */
    public StepUpOutcome answerStepUp(AnswerStepUp command) {
        return run(AuditStep.STEP_UP, command == null ? null : command.adminId(),
                command == null ? null : command.requestId(), null, () -> phoneChange.answerStepUp(command));
    }

    /**
     * Sends the first code to the user's new number. The number is parsed and validated, and must differ from
     * the current one; the step-up must still be fresh. The old number stays in force.
     *
     * @param command the request, proof, new number and method, not null
     * @return where and how the code went, or a refusal
     */
    public SendOutcome sendCode(SendCode command) {
        return run(AuditStep.SEND_CODE, command == null ? null : command.adminId(),
                command == null ? null : command.requestId(), null, () -> phoneChange.sendCode(command));
    }

    /**
     * Replaces a mistyped number after a code was sent: a new code goes to the corrected number and the previous
     * code stops working. Counters carry on. As a code to a new number binds a new authenticator, the step-up
     * must still be fresh, as for the first send.
     *
     * @param command the request, proof, corrected number and method, not null
     * @return where and how the code went, or a refusal
     */
    public SendOutcome correctNumber(SendCode command) {
        return run(AuditStep.CORRECT_NUMBER, command == null ? null : command.adminId(),
                command == null ? null : command.requestId(), null, () -> phoneChange.correctNumber(command));
    }

    /**
     * Sends a new code to the same number, by the same or the other method, after the cooldown. Counters carry
     * on: a resend never resets the failure count.
     *
     * @param command the request, proof and optional method, not null
     * @return where and how the code went, or a refusal
     */
    public SendOutcome resendCode(ResendCode command) {
        return run(AuditStep.RESEND_CODE, command == null ? null : command.adminId(),
                command == null ? null : command.requestId(), null, () -> phoneChange.resendCode(command));
    }

    /**
     * Takes the code the user read out. If it is right, the request completes and the user's number is replaced,
     * marked verified, in one transaction. A wrong code is counted; at the limit the request locks. Calling it
     * again after completion is refused and changes nothing.
     *
     * @param command the request, proof and code, not null
     * @return completed, a wrong-code count, a lock, or a refusal
     */
    public VerifyOutcome verifyCode(VerifyCode command) {
        return run(AuditStep.VERIFY_CODE, command == null ? null : command.adminId(),
                command == null ? null : command.requestId(), null, () -> phoneChange.verifyCode(command));
    }

    /**
     * Cancels an open request; its codes stop working.
     *
     * @param command the request and the admin who began it, not null
     * @return cancelled, or a refusal
     */
    public CancelOutcome cancel(CancelRequest command) {
        return run(AuditStep.CANCEL, command == null ? null : command.adminId(),
                command == null ? null : command.requestId(), null, () -> phoneChange.cancel(command));
    }

    /**
     * Begins an admin's MFA opt-in on their own number. The number is validated automatically; if it is refused,
     * the refusal's guidance asks for a different number or a call to support.
     *
     * @param command the admin, number and method, not null
     * @return the code on its way, or a refusal with guidance
     */
    public OptInOutcome beginMfaOptIn(BeginMfaOptIn command) {
        return run(AuditStep.OPT_IN_BEGIN, command == null ? null : command.adminId(), null,
                command == null ? null : command.adminId(), () -> optIn.begin(command));
    }

    /**
     * Confirms an opt-in with the code that reached the admin's number; on success MFA is enabled with it.
     *
     * @param command the request, admin and code, not null
     * @return completed, a wrong-code count, a lock, or a refusal
     */
    public VerifyOutcome confirmMfaOptIn(ConfirmMfaOptIn command) {
        return run(AuditStep.OPT_IN_CONFIRM, command == null ? null : command.adminId(),
                command == null ? null : command.requestId(), null, () -> optIn.confirm(command));
    }

    /**
     * A second admin approves a change the four-eyes rule holds: the user's number is replaced now. The approver
     * must be eligible to change the target's number, and must be neither the admin who began the change nor the
     * target; the approval must come before it expires.
     *
     * @param command the request and the approver, not null
     * @return approved, or a refusal ({@code SELF_APPROVAL}, {@code APPROVER_INELIGIBLE}, {@code APPROVAL_EXPIRED},
     *     {@code WRONG_STATE}...)
     */
    public ApprovalOutcome approve(ApproveChange command) {
        return run(AuditStep.APPROVE, command == null ? null : command.approverId(),
                command == null ? null : command.requestId(), null, () -> {
                    Inputs.present("command", command);
                    return approvals.approve(command.requestId(), command.approverId());
                });
    }

    /**
     * A second admin rejects a change the four-eyes rule holds: the request is cancelled and the old number
     * stays. The same rules as for {@link #approve} apply to the one who rejects.
     *
     * @param command the request and the rejecting admin, not null
     * @return rejected, or a refusal
     */
    public ApprovalOutcome reject(RejectChange command) {
        return run(AuditStep.REJECT, command == null ? null : command.approverId(),
                command == null ? null : command.requestId(), null, () -> {
                    Inputs.present("command", command);
                    return approvals.reject(command.requestId(), command.approverId());
                });
    }

    /**
     * Deletes requests whose lifetime ended more than {@code retention} ago, at most {@code maxCount} of them, and,
     * when rate-limit counters are wired, at most {@code maxCount} counter windows that have ended. Hosts call it
     * on a schedule; call again while it returns {@code maxCount} or more.
     *
     * @param retention how long ended requests are kept for inspection, zero or more, not null
     * @param maxCount the batch size, 1 to 10,000
     * @return how many requests and counter windows were deleted together
     */
    public int purgeExpired(Duration retention, int maxCount) {
        Inputs.present("retention", retention);
        if (retention.isNegative()) {
            throw new InvalidInputException("retention", InvalidInputException.Violation.MALFORMED,
                    "must be zero or more, but was " + retention);
        }
        Inputs.inRange("maxCount", maxCount, 1, 10_000);
        Instant now = wiring.now();
        int requests = wiring.requests().purgeExpiredBefore(now.minus(retention), maxCount);
        int windows = wiring.safeguards().counters().map(counters -> counters.purgeEndedBefore(now, maxCount))
                .orElse(0);
        return requests + windows;
    }

    private User loadUser(String field, UserId id) {
        return steps.loadUser(field, id);
    }

    /**
     * Runs one use case inside its trace, and records its outcome (or its exception) exactly once: one audit
     * record and its events.
     */
    @SuppressWarnings("unchecked")
    private <T> T run(AuditStep step, UserId adminId, RequestId requestId, UserId targetId, Supplier<T> useCase) {
        Trace trace = Trace.open(step, adminId, requestId, targetId);
        try {
            T outcome;
            try {
                outcome = useCase.get();
            } catch (Stop stop) {
                outcome = (T) RequestSteps.logged(stop.refused(), step.name());
            } catch (RuntimeException e) {
                accountability.failure(trace, e, correlationId);
                throw e;
            }
            accountability.outcome(trace, outcome, correlationId);
            return outcome;
        } finally {
            trace.close();
        }
    }

    /**
     * Configures {@link MfaOverride}. The storage ports, the transactions, the code delivery and the secret are
     * required; everything else has a default documented on its setter. Not thread-safe.
     */
    public static final class Builder {
        private UserDirectory directory;
        private PhoneChangeRequests requests;
        private Transactions transactions;
        private CodeDelivery delivery;
        private StepUpVerifier stepUpVerifier;
        private NumberScreening screening = NumberScreening.acceptAll();
        private ChangeAuthorization authorization;
        private byte[] secret;
        private SecureRandom random;
        private Clock clock = Clock.systemUTC();
        private Duration requestLifetime = Duration.ofMinutes(15);
        private Duration stepUpFreshness = Duration.ofMinutes(5);
        private Duration codeLifetime = Settings.MAX_CODE_LIFETIME;
        private int codeLength = VerificationCodes.MIN_LENGTH;
        private int maxCodeFailures = 5;
        private int maxStepUpFailures = 5;
        private Duration resendCooldown = Duration.ofSeconds(30);
        private int maxSendsPerRequest = 3;
        private String supportContact = "your support desk";
        private RateLimitCounters counters;
        private RateLimitPolicy rateLimitPolicy = RateLimitPolicy.defaults();
        private LockoutPolicy lockoutPolicy = LockoutPolicy.defaults();
        private AuditTrail auditTrail;
        private ChangeNotices changeNotices;
        private String disputeContact;
        private int noticeAttempts = 3;
        private ApprovalRule approvalRule = ApprovalRule.never();
        private Duration approvalLifetime = Duration.ofHours(24);
        private final List<MfaEventListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets where users and organizations are read and phone numbers replaced. Required.
         *
         * @param value the port, not null
         * @return this builder
         */
        public Builder directory(UserDirectory value) {
            this.directory = requireNonNull(value, "directory cannot be null");
            return this;
        }

        /**
         * Sets where requests are kept. Required.
         *
         * @param value the port, not null
         * @return this builder
         */
        public Builder requests(PhoneChangeRequests value) {
            this.requests = requireNonNull(value, "requests cannot be null");
            return this;
        }

        /**
         * Sets what makes several writes atomic; it must cover both storage ports. Required.
         *
         * @param value the port, not null
         * @return this builder
         */
        public Builder transactions(Transactions value) {
            this.transactions = requireNonNull(value, "transactions cannot be null");
            return this;
        }

        /**
         * Sets how codes reach phones. Required.
         *
         * @param value the port, not null
         * @return this builder
         */
        public Builder codeDelivery(CodeDelivery value) {
            this.delivery = requireNonNull(value, "codeDelivery cannot be null");
            return this;
        }

        /**
         * Sets the key codes are digested and step-up proofs signed with: at least 32 random bytes, the same on
         * every service instance, kept secret. Required.
         *
         * @param value the key, copied, not null
         * @return this builder
         */
        public Builder secret(byte[] value) {
            this.secret = requireNonNull(value, "secret cannot be null").clone();
            return this;
        }

        /**
         * Sets the admin's step-up. Default: {@link CodeStepUpVerifier}, a code to the admin's enrolled phone
         * through the same code delivery, valid for the step-up freshness but never more than 10 minutes.
         *
         * @param value the port, not null
         * @return this builder
         */
        public Builder stepUpVerifier(StepUpVerifier value) {
            this.stepUpVerifier = requireNonNull(value, "stepUpVerifier cannot be null");
            return this;
        }

        /**
         * Sets the number screening. Default: {@link NumberScreening#acceptAll()}; the facade still refuses
         * invalid numbers and numbers the chosen method cannot reach.
         *
         * @param value the port, not null
         * @return this builder
         */
        public Builder numberScreening(NumberScreening value) {
            this.screening = requireNonNull(value, "numberScreening cannot be null");
            return this;
        }

        /**
         * Sets who may change whose number. Default: {@link ScopedRoleAuthorization} with the article's rules.
         *
         * @param value the port, not null
         * @return this builder
         */
        public Builder authorization(ChangeAuthorization value) {
            this.authorization = requireNonNull(value, "authorization cannot be null");
            return this;
        }

        /**
         * Sets the time source. Default: {@link Clock#systemUTC()}.
         *
         * @param value the clock, not null
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = requireNonNull(value, "clock cannot be null");
            return this;
        }

        /**
         * Sets the random generator codes are drawn from. Default: a new {@link SecureRandom}.
         *
         * @param value the generator, not null
         * @return this builder
         */
        public Builder random(SecureRandom value) {
            this.random = requireNonNull(value, "random cannot be null");
            return this;
        }

        /**
         * Sets how long a request lives, bounding every step. Default: 15 minutes.
         *
         * @param value a positive duration
         * @return this builder
         */
        public Builder requestLifetime(Duration value) {
            this.requestLifetime = value;
            return this;
        }

        /**
         * Sets how long after the step-up the first code may be sent. Default: 5 minutes (Keycloak's
         * {@code max_auth_age} of 300 s).
         *
         * @param value a positive duration
         * @return this builder
         */
        public Builder stepUpFreshness(Duration value) {
            this.stepUpFreshness = value;
            return this;
        }

        /**
         * Sets how long a code is accepted. Default and maximum: 10 minutes (NIST SP 800-63B, OWASP ASVS 6.5.5);
         * never longer than the request's remaining lifetime.
         *
         * @param value a positive duration of at most 10 minutes
         * @return this builder
         */
        public Builder codeLifetime(Duration value) {
            this.codeLifetime = value;
            return this;
        }

        /**
         * Sets the number of digits in a code. Default: 6.
         *
         * @param value 6 to 10
         * @return this builder
         */
        public Builder codeLength(int value) {
            this.codeLength = value;
            return this;
        }

        /**
         * Sets how many wrong codes lock a request. Default: 5 (Twilio Verify, Kratos).
         *
         * @param value one or more
         * @return this builder
         */
        public Builder maxCodeFailures(int value) {
            this.maxCodeFailures = value;
            return this;
        }

        /**
         * Sets how many wrong step-up responses lock a request. Default: 5.
         *
         * @param value one or more
         * @return this builder
         */
        public Builder maxStepUpFailures(int value) {
            this.maxStepUpFailures = value;
            return this;
        }

        /**
         * Sets the wait between two codes of one request. Default: 30 seconds (Okta: one SMS per 30 s).
         *
         * @param value zero or more
         * @return this builder
         */
        public Builder resendCooldown(Duration value) {
            this.resendCooldown = value;
            return this;
        }

        /**
         * Sets how many codes one request may send, first send and resends together. Default: 3.
         *
         * @param value one or more
         * @return this builder
         */
        public Builder maxSendsPerRequest(int value) {
            this.maxSendsPerRequest = value;
            return this;
        }

        /**
         * Sets the support contact named when an opt-in number is refused. Default: "your support desk".
         *
         * @param value a phone number, address or URL to show, not blank
         * @return this builder
         */
        public Builder supportContact(String value) {
            this.supportContact = value;
            return this;
        }

        /**
         * Sets where the cross-request counters are kept, which turns on the rate limits and the lockouts.
         * Default: none, and then only the per-request limits apply; set it in production.
         *
         * @param value the port, shared by every service instance, not null
         * @return this builder
         */
        public Builder rateLimitCounters(RateLimitCounters value) {
            this.counters = requireNonNull(value, "rateLimitCounters cannot be null");
            return this;
        }

        /**
         * Sets the cross-request rate limits. Default: {@link RateLimitPolicy#defaults()}, justified there.
         *
         * @param value the policy, not null
         * @return this builder
         */
        public Builder rateLimitPolicy(RateLimitPolicy value) {
            this.rateLimitPolicy = requireNonNull(value, "rateLimitPolicy cannot be null");
            return this;
        }

        /**
         * Sets how wrong answers lock out targets and admins across requests. Default:
         * {@link LockoutPolicy#defaults()}, justified there.
         *
         * @param value the policy, not null
         * @return this builder
         */
        public Builder lockoutPolicy(LockoutPolicy value) {
            this.lockoutPolicy = requireNonNull(value, "lockoutPolicy cannot be null");
            return this;
        }

        /**
         * Sets where one audit record per use-case outcome is appended. Default: none.
         *
         * @param value the port, not null
         * @return this builder
         */
        public Builder auditTrail(AuditTrail value) {
            this.auditTrail = requireNonNull(value, "auditTrail cannot be null");
            return this;
        }

        /**
         * Sets how change notices reach the user after a completed change. Default: none.
         *
         * @param value the port, not null
         * @return this builder
         */
        public Builder changeNotices(ChangeNotices value) {
            this.changeNotices = requireNonNull(value, "changeNotices cannot be null");
            return this;
        }

        /**
         * Sets who a change notice tells the user to contact to dispute a change. Default: the support contact.
         *
         * @param value a phone number, address or URL to show, not blank
         * @return this builder
         */
        public Builder disputeContact(String value) {
            this.disputeContact = value;
            return this;
        }

        /**
         * Sets how many times each change notice is tried before it is reported as failed. Default: 3.
         *
         * @param value 1 to 10
         * @return this builder
         */
        public Builder noticeAttempts(int value) {
            this.noticeAttempts = value;
            return this;
        }

        /**
         * Sets which changes need a second admin's approval after the code is verified. Default:
         * {@link ApprovalRule#never()}; {@link ApprovalRule#whenTargetIsAdmin()} is the usual choice.
         *
         * @param value the rule, not null
         * @return this builder
         */
        public Builder approvalRule(ApprovalRule value) {
            this.approvalRule = requireNonNull(value, "approvalRule cannot be null");
            return this;
        }

        /**
         * Sets how long a verified change waits for approval before it is dropped. Default: 24 hours, so a second
         * admin on another shift can act; the old number stays in force meanwhile, so waiting costs no safety.
         *
         * @param value a positive duration
         * @return this builder
         */
        public Builder approvalLifetime(Duration value) {
            this.approvalLifetime = value;
            return this;
        }

        /**
         * Adds a listener for domain events; may be called several times.
         *
         * @param value the listener, not null
         * @return this builder
         */
        public Builder eventListener(MfaEventListener value) {
            listeners.add(requireNonNull(value, "eventListener cannot be null"));
            return this;
        }

        /**
         * Builds the facade.
         *
         * @return the facade, never null
         * @throws MfaOverrideException with {@link ErrorCode#CONFIGURATION} when a required port or the secret is
         *     missing, or a setting is out of range
         */
        public MfaOverride build() {
            require(directory, "directory");
            require(requests, "requests");
            require(transactions, "transactions");
            require(delivery, "codeDelivery");
            require(secret, "secret");
            Settings settings = new Settings(requestLifetime, stepUpFreshness, codeLifetime, codeLength,
                    maxCodeFailures, maxStepUpFailures, resendCooldown, maxSendsPerRequest, supportContact);
            VerificationCodes codes = new VerificationCodes(secret, settings.codeLength(),
                    random != null ? random : new SecureRandom());
            StepUpVerifier verifier = stepUpVerifier != null ? stepUpVerifier
                    : new CodeStepUpVerifier(delivery, codes, clock,
                            earlier(stepUpFreshness, Settings.MAX_CODE_LIFETIME));
            ChangeAuthorization rules = authorization != null ? authorization
                    : ScopedRoleAuthorization.builder(directory).build();
            return new MfaOverride(new Wiring(directory, requests, transactions, delivery, verifier, screening, rules,
                    codes, new StepUpProofs(codes), clock, settings, safeguards(codes, settings)));
        }

        private Safeguards safeguards(VerificationCodes codes, Settings settings) {
            if (approvalLifetime == null || approvalLifetime.isNegative() || approvalLifetime.isZero()) {
                throw new MfaOverrideException(ErrorCode.CONFIGURATION,
                        "approvalLifetime must be positive, but was " + approvalLifetime);
            }
            if (counters == null) {
                LOG.warn("no rate-limit counters set: cross-request rate limits and lockouts are off");
            }
            Optional<ChangeNotifier> notifier = Optional.empty();
            if (changeNotices != null) {
                try {
                    notifier = Optional.of(new ChangeNotifier(changeNotices, new NoticeTemplates(
                            disputeContact != null ? disputeContact : settings.supportContact()), noticeAttempts));
                } catch (IllegalArgumentException e) {
                    throw new MfaOverrideException(ErrorCode.CONFIGURATION, e.getMessage());
                }
            }
            Optional<RateLimitCounters> store = Optional.ofNullable(counters);
            return new Safeguards(store,
                    store.map(c -> new RateLimiter(c, rateLimitPolicy, n -> codes.digest(n.e164(), "rate-limit"))),
                    store.map(c -> new Lockouts(c, lockoutPolicy)),
                    Optional.ofNullable(auditTrail), notifier, approvalRule, approvalLifetime, listeners);
        }

        private static Duration earlier(Duration a, Duration b) {
            return a.compareTo(b) < 0 ? a : b;
        }

        private static void require(Object value, String name) {
            if (value == null) {
                throw new MfaOverrideException(ErrorCode.CONFIGURATION, name + " must be set");
            }
        }
    }
}
