package io.github.mfaoverride;

import io.github.mfaoverride.authorization.Eligibility;
import io.github.mfaoverride.authorization.Ineligibility;
import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.MfaEnrollment;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.domain.UserStatus;
import io.github.mfaoverride.error.ConcurrentUpdateException;
import io.github.mfaoverride.error.InvalidInputException;
import io.github.mfaoverride.error.UnknownEntityException;
import io.github.mfaoverride.internal.Inputs;
import io.github.mfaoverride.internal.Instants;
import io.github.mfaoverride.limits.GuessReservation;
import io.github.mfaoverride.outcome.Locked;
import io.github.mfaoverride.outcome.RefusalReason;
import io.github.mfaoverride.outcome.Refused;
import io.github.mfaoverride.outcome.SendOutcome.CodeSent;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.port.CodeMessage;
import io.github.mfaoverride.port.CodePurpose;
import io.github.mfaoverride.port.DeliveryOutcome;
import io.github.mfaoverride.port.NumberVerdict;
import io.github.mfaoverride.validation.VerificationCodeTextValidator;
import io.github.mfaoverride.workflow.PhoneChangeRequest;
import io.github.mfaoverride.workflow.RequestId;
import io.github.mfaoverride.workflow.RequestKind;
import io.github.mfaoverride.workflow.RequestState;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The machinery both flows share: reading a request and its users again, checking the rules, screening a
 * number, sending a code and checking one. Each method either returns or throws {@link Stop} with a refusal.
 */
final class RequestSteps {

    private static final Logger LOG = LoggerFactory.getLogger(MfaOverride.class);
    private static final int INSERT_ATTEMPTS = 3;

    private final Wiring wiring;
    private final Guards guards;

    RequestSteps(Wiring wiring) {
        this.wiring = wiring;
        this.guards = new Guards(wiring);
    }

    Guards guards() {
        return guards;
    }

    User loadUser(String field, UserId id) {
        Inputs.present(field, id);
        return wiring.directory().findUser(id).orElseThrow(() -> new UnknownEntityException("user", id.value()));
    }

    /** Reads an open request of the given kind, its users, and applies every rule again. */
    Step open(RequestId id, UserId adminId, RequestKind kind, String step) {
        Inputs.present("requestId", id);
        Inputs.present("adminId", adminId);
        PhoneChangeRequest request = wiring.requests().find(id)
                .orElseThrow(() -> new UnknownEntityException("request", id.value()));
        if (!request.adminId().equals(adminId)) {
            throw refuse(Refused.because(RefusalReason.NOT_YOUR_REQUEST, "request belongs to another admin"));
        }
        if (request.kind() != kind) {
            throw refuse(Refused.because(RefusalReason.WRONG_STATE, step + " does not apply to a " + request.kind()));
        }
        if (request.state().isTerminal()) {
            throw refuse(Refused.wrongState(request.state(), step));
        }
        Instant now = wiring.now();
        endIfExpired(request, now);
        User admin = loadUser("adminId", adminId);
        User target = kind == RequestKind.MFA_OPT_IN ? admin : loadUser("targetId", request.targetId());
        Trace.current().step(new Step(request, admin, target, now));
        Eligibility eligibility = kind == RequestKind.MFA_OPT_IN
                ? optInEligibility(admin)
                : wiring.authorization().evaluate(admin, target);
        if (!eligibility.isEligible()) {
            end(request, RequestState.REVOKED, now);
            throw refuse(Refused.ineligible(eligibility.reasons()));
        }
        return new Step(request, admin, target, now);
    }

    Eligibility optInEligibility(User admin) {
        Set<Ineligibility> reasons = EnumSet.noneOf(Ineligibility.class);
        if (!admin.isAdmin()) {
            reasons.add(Ineligibility.ADMIN_HAS_NO_ADMIN_ROLE);
        }
        if (admin.status() != UserStatus.ACTIVE) {
            reasons.add(Ineligibility.ADMIN_NOT_ACTIVE);
        }
        return new Eligibility(reasons);
    }

    void requireState(Step step, RequestState expected, String name) {
        if (step.request().state() != expected) {
            throw refuse(Refused.wrongState(step.request().state(), name));
        }
    }

    /** Marks a request whose lifetime is over as EXPIRED and refuses the step. */
    void endIfExpired(PhoneChangeRequest request, Instant now) {
        if (request.isExpiredAt(now)) {
            end(request, RequestState.EXPIRED, now);
            throw refuse(Refused.because(RefusalReason.REQUEST_EXPIRED, "request " + request.id() + " expired"));
        }
    }

    PhoneChangeRequest end(PhoneChangeRequest request, RequestState terminal, Instant now) {
        PhoneChangeRequest ended = wiring.requests().update(request.ended(terminal, now));
        Trace.current().request(ended);
        LOG.info("request {} ended {}", request.id(), terminal);
        return ended;
    }

    /** Stores a new request, superseding the target's open one in the same transaction; retries lost races. */
    PhoneChangeRequest supersedeAndInsert(PhoneChangeRequest request) {
        for (int attempt = 1; ; attempt++) {
            try {
                return wiring.transactions().inTransaction(() -> {
                    wiring.requests().findOpenByTarget(request.targetId())
                            .ifPresent(open -> {
                                wiring.requests().update(open.ended(RequestState.SUPERSEDED, request.createdAt()));
                                LOG.info("request {} superseded by {}", open.id(), request.id());
                            });
                    return wiring.requests().insert(request);
                });
            } catch (ConcurrentUpdateException e) {
                if (attempt == INSERT_ATTEMPTS) {
                    throw e;
                }
                LOG.debug("request {} lost a race for target {}, trying again", request.id(), request.targetId());
            }
        }
    }

    PhoneNumber parseNumber(String text, String regionHint) {
        Inputs.text("phoneNumber", text, PhoneNumber.MAX_INPUT_LENGTH);
        if (regionHint != null && !regionHint.matches("[A-Za-z]{2}")) {
            throw new InvalidInputException("regionHint", InvalidInputException.Violation.MALFORMED,
                    "must be a two-letter ISO 3166 region");
        }
        return PhoneNumber.parse(text, regionHint).orElseThrow(() -> refuse(Refused.because(
                RefusalReason.NUMBER_INVALID, "not a valid phone number")));
    }

    /** Applies the method's reach and the host's screening; returns the number with any refined line type. */
    PhoneNumber screen(PhoneNumber number, DeliveryMethod method) {
        Inputs.present("method", method);
        requireReach(number, method);
        NumberVerdict verdict = wiring.screening().screen(number, method);
        Trace.current().screenedBy(verdict instanceof NumberVerdict.Rejected rejected ? rejected.source()
                : ((NumberVerdict.Accepted) verdict).source());
        if (verdict instanceof NumberVerdict.Rejected rejected) {
            throw refuse(Refused.because(RefusalReason.NUMBER_REJECTED,
                    rejected.reason() + " (" + rejected.source() + ")"));
        }
        PhoneNumber screened = ((NumberVerdict.Accepted) verdict).number();
        requireReach(screened, method);
        return screened;
    }

    private static void requireReach(PhoneNumber number, DeliveryMethod method) {
        if (!method.canReach(number.lineType())) {
            throw refuse(Refused.because(RefusalReason.METHOD_CANNOT_REACH_NUMBER,
                    method + " cannot reach a " + number.lineType() + " line"));
        }
    }

    /**
     * Screens a typed number and sends a code to it. The request's send cap, the cooldown and the lockouts are
     * checked before the screening, so a caller refused by them cannot trigger a paid lookup either; the rate
     * limits take their count only for a number that passed, so numbers the policy rejects use up no one's budget.
     */
    CodeSent screenAndSend(Step step, PhoneNumber typed, DeliveryMethod method, Locale locale, CodePurpose purpose) {
        requireSendAllowed(step);
        // Not yet: a caller within every limit can still have a provider look up numbers it then rejects, each
        // lookup billed; chain NumberPolicy before the lookup so local rules reject first. Counting lookups as a
        // limit of their own would lift this.
        PhoneNumber screened = screen(typed, method);
        guards.acquireSend(step, screened);
        return deliver(step, screened, method, locale, purpose);
    }

    /** Sends a code to a number that was already screened. */
    CodeSent send(Step step, PhoneNumber screened, DeliveryMethod method, Locale locale, CodePurpose purpose) {
        requireSendAllowed(step);
        guards.acquireSend(step, screened);
        return deliver(step, screened, method, locale, purpose);
    }

    private void requireSendAllowed(Step step) {
        Settings settings = wiring.settings();
        PhoneChangeRequest request = step.request();
        Instant now = step.now();
        if (request.sendCount() >= settings.maxSendsPerRequest()) {
            throw refuse(Refused.because(RefusalReason.SEND_LIMIT_REACHED,
                    "request " + request.id() + " already sent " + request.sendCount() + " codes"));
        }
        Optional<Instant> nextAllowed = request.lastSentAt().map(at -> at.plus(settings.resendCooldown()));
        if (nextAllowed.isPresent() && now.isBefore(nextAllowed.get())) {
            throw refuse(Refused.because(RefusalReason.RESEND_TOO_SOON, "a code was sent moments ago")
                    .retryAt(nextAllowed.get()));
        }

        guards.requireNotLockedOut(step);
    }

    /** Counts the send, delivers a fresh code and records it; the request's failure count is untouched. */
    private CodeSent deliver(Step step, PhoneNumber to, DeliveryMethod method, Locale locale, CodePurpose purpose) {
        Settings settings = wiring.settings();
        PhoneChangeRequest request = step.request();
        Instant now = step.now();
        Trace.current().sending(to, method);

        PhoneChangeRequest reserved = wiring.requests().update(request.sendReserved(now));
        Instant codeExpiry = Instants.earlier(now.plus(settings.codeLifetime()), request.expiresAt());
        String code = wiring.codes().generate();
        DeliveryOutcome outcome = wiring.delivery().deliver(new CodeMessage(to, method, locale, code,
                Duration.between(now, codeExpiry), purpose, request.id().value()));

        if (outcome instanceof DeliveryOutcome.Refused refused) {
            LOG.info("code for request {} refused by the provider: {}", request.id(), refused.reason());
            throw refuse(Refused.because(RefusalReason.DELIVERY_REFUSED, refused.reason() + ": " + refused.detail()));
        }
        if (outcome instanceof DeliveryOutcome.TransientFailure failure) {
            // The attempt keeps its cooldown: an ambiguous failure may still have reached the phone.
            LOG.warn("code for request {} not delivered: {}", request.id(), failure.detail());
            Instant cooldownEnd = now.plus(settings.resendCooldown());
            Instant retryAt = failure.retryAfter().map(now::plus).filter(cooldownEnd::isBefore).orElse(cooldownEnd);
            throw refuse(Refused.because(RefusalReason.DELIVERY_UNAVAILABLE, failure.detail()).retryAt(retryAt));
        }
        Trace.current().delivered(((DeliveryOutcome.Accepted) outcome).providerMessageId());
        String digest = wiring.codes().digest(code, binding(request.id(), to, method));
        PhoneChangeRequest sent = wiring.requests().update(reserved.codeSent(to, method, digest, now, codeExpiry));
        Trace.current().request(sent);
        LOG.info("code sent by {} to {} for request {}", method, to, request.id());
        return new CodeSent(to.masked(), method, codeExpiry, now.plus(settings.resendCooldown()),
                settings.maxSendsPerRequest() - sent.sendCount());
    }

    /**
     * Checks a code against the request's outstanding one; on success, completes the request and sets the
     * target's MFA state in one transaction.
     */
    VerifyOutcome checkCode(Step step, String code, boolean enableMfa) {
        PhoneChangeRequest request = step.request();
        Instant now = step.now();
        Instant codeExpiry = request.codeExpiresAt().orElseThrow();
        if (!now.isBefore(codeExpiry)) {
            throw refuse(Refused.because(RefusalReason.CODE_EXPIRED, "the code expired; send a new one")
                    .retryAt(now));
        }
        PhoneNumber destination = request.destination().orElseThrow();
        GuessReservation guess = guards.reserveGuess(step);
        boolean right = wiring.codes().matches(request.codeDigest().orElseThrow(), code,
                binding(request.id(), destination, request.method().orElseThrow()));
        if (!right) {
            guards.wrongGuess(guess, now);
            int max = wiring.settings().maxCodeFailures();
            // A spent cross-request budget (target or admin) locks this request too: it can take no more guesses.
            int lockAt = guess.remainingAfterThis() == 0 ? request.codeFailures() + 1 : max;
            PhoneChangeRequest counted = wiring.requests().update(request.codeFailed(now, lockAt));
            Trace.current().request(counted);
            if (counted.state() == RequestState.LOCKED) {
                LOG.info("request {} locked after {} wrong codes", request.id(), counted.codeFailures());
                return new Locked(request.id());
            }
            LOG.info("wrong code for request {} ({} of {})", request.id(), counted.codeFailures(), max);
            return new VerifyOutcome.WrongCode(Math.min(max - counted.codeFailures(), guess.remainingAfterThis()));
        }
        guess.right(now);
        if (request.kind() == RequestKind.PHONE_CHANGE
                && wiring.safeguards().approvalRule().requiresApproval(step.admin(), step.target())) {
            Instant approveBefore = now.plus(wiring.safeguards().approvalLifetime());
            Trace.current().request(wiring.requests().update(request.awaitingApproval(now, approveBefore)));
            LOG.info("request {}: code verified, waiting for a second admin until {}", request.id(), approveBefore);
            return new VerifyOutcome.AwaitingApproval(request.id(), destination.masked(), approveBefore);
        }

        User target = step.target();
        complete(request, target, new MfaEnrollment(enableMfa || target.mfa().enabled(), Optional.of(destination),
                Optional.of(now)), now);
        LOG.info("request {} completed: user {} now uses {}", request.id(), target.id(), destination);
        return new VerifyOutcome.Completed(target.id(), destination.masked());
    }

    /**
     * Completes a request and replaces the target's MFA state in one transaction: both writes carry the version
     * they were read at, so a concurrent change makes neither stick.
     */
    void complete(PhoneChangeRequest request, User target, MfaEnrollment enrollment, Instant now) {
        wiring.transactions().inTransaction(() -> {
            Trace.current().request(wiring.requests().update(request.completed(now)));
            wiring.directory().replaceMfa(target.id(), target.version(), enrollment);
            return null;
        });
    }

    void requireCodeShape(String code) {
        Inputs.present("code", code);
        int length = wiring.codes().length();
        if (!VerificationCodeTextValidator.isCode(code, length, length)) {
            throw new InvalidInputException("code", InvalidInputException.Violation.MALFORMED,
                    "must be " + length + " digits");
        }
    }

    static Stop refuse(Refused refused) {
        return new Stop(refused);
    }

    static Refused logged(Refused refused, String useCase) {
        LOG.info("{} refused: {} {}", useCase, refused.reason(), refused.ineligibilities().isEmpty()
                ? "" : refused.ineligibilities());
        return refused;
    }

    private static String[] binding(RequestId id, PhoneNumber to, DeliveryMethod method) {
        return new String[] {id.value(), to.e164(), method.name()};
    }
}
