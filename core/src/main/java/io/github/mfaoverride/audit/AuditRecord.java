package io.github.mfaoverride.audit;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.OrganizationId;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.outcome.Limit;
import io.github.mfaoverride.workflow.RequestId;
import io.github.mfaoverride.workflow.RequestState;
import java.time.Instant;
import java.util.Optional;

/**
 * One audited step: who did what to whom, when, and what came of it. Holds no code, no full number and no
 * email address, so it may be stored and shown to auditors as it is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param at when the step ran, not null
 * @param correlationId the id the host passed for this call ({@code MfaOverride.withCorrelationId}), if any
 * @param step the use case, not null
 * @param outcome what it gave, not null
 * @param actingAdmin the admin who acted (the approver, for an approval), if known
 * @param target the user whose phone was to change, if known
 * @param request the request, if one was involved
 * @param organization the target's organization, if known
 * @param state the request's state after the step, if a request was involved
 * @param reason the refusal reason or error code, or the notice channel's failure, if any
 * @param limit the cross-request limit that refused the step, if one did
 * @param detail a description safe to show (a refusal's detail), if any
 * @param maskedOldNumber the number in force before the change, masked, when it matters
 * @param maskedNewNumber the number a code went to or the change set, masked, when it matters
 * @param method how the code went, when one went
 * @param providerMessageId the delivery provider's id of the message, when one was accepted
 * @param screeningSource who judged the number (for example {@code "number-policy+twilio-lookup"}), when judged
 */
public record AuditRecord(
        Instant at,
        Optional<String> correlationId,
        AuditStep step,
        AuditOutcome outcome,
        Optional<UserId> actingAdmin,
        Optional<UserId> target,
        Optional<RequestId> request,
        Optional<OrganizationId> organization,
        Optional<RequestState> state,
        Optional<String> reason,
        Optional<Limit> limit,
        Optional<String> detail,
        Optional<String> maskedOldNumber,
        Optional<String> maskedNewNumber,
        Optional<DeliveryMethod> method,
        Optional<String> providerMessageId,
        Optional<String> screeningSource) {

    /** Checks that no component is null. */
    public AuditRecord {
        requireNonNull(at, "at cannot be null");
        requireNonNull(correlationId, "correlationId cannot be null");
        requireNonNull(step, "step cannot be null");
        requireNonNull(outcome, "outcome cannot be null");
        requireNonNull(actingAdmin, "actingAdmin cannot be null");
        requireNonNull(target, "target cannot be null");
        requireNonNull(request, "request cannot be null");
        requireNonNull(organization, "organization cannot be null");
        requireNonNull(state, "state cannot be null");
        requireNonNull(reason, "reason cannot be null");
        requireNonNull(limit, "limit cannot be null");
        requireNonNull(detail, "detail cannot be null");
        requireNonNull(maskedOldNumber, "maskedOldNumber cannot be null");
        requireNonNull(maskedNewNumber, "maskedNewNumber cannot be null");
        requireNonNull(method, "method cannot be null");
        requireNonNull(providerMessageId, "providerMessageId cannot be null");
        requireNonNull(screeningSource, "screeningSource cannot be null");
    }

    /**
     * Starts a record of a step; every other field starts empty.
     *
     * @param at when the step ran, not null
     * @param step the use case, not null
     * @param outcome what it gave, not null
     * @return a builder, never null
     */
    public static Builder of(Instant at, AuditStep step, AuditOutcome outcome) {
        return new Builder(at, step, outcome);
    }

    /** Assembles an {@link AuditRecord}; each setter takes a nullable value meaning "not known". Not thread-safe. */
    public static final class Builder {
        private final Instant at;
        private final AuditStep step;
        private final AuditOutcome outcome;
        private String correlationId;
        private UserId actingAdmin;
        private UserId target;
        private RequestId request;
        private OrganizationId organization;
        private RequestState state;
        private String reason;
        private Limit limit;
        private String detail;
        private String maskedOldNumber;
        private String maskedNewNumber;
        private DeliveryMethod method;
        private String providerMessageId;
        private String screeningSource;

        private Builder(Instant at, AuditStep step, AuditOutcome outcome) {
            this.at = at;
            this.step = step;
            this.outcome = outcome;
        }

        /**
         * Sets the correlation id.
         *
         * @param value the id, or null
         * @return this builder
         */
        public Builder correlationId(String value) {
            correlationId = value;
            return this;
        }

        /**
         * Sets who acted and on whom.
         *
         * @param admin the acting admin, or null
         * @param targetUser the target user, or null
         * @return this builder
         */
        public Builder users(UserId admin, UserId targetUser) {
            actingAdmin = admin;
            target = targetUser;
            return this;
        }

        /**
         * Sets the request, its state after the step and the target's organization.
         *
         * @param id the request, or null
         * @param after its state after the step, or null
         * @param organizationId the target's organization, or null
         * @return this builder
         */
        public Builder request(RequestId id, RequestState after, OrganizationId organizationId) {
            request = id;
            state = after;
            organization = organizationId;
            return this;
        }

        /**
         * Sets why the step was refused or failed.
         *
         * @param why a reason or error code name, or null
         * @param which the limit that refused it, or null
         * @param description a PII-safe description, or null
         * @return this builder
         */
        public Builder reason(String why, Limit which, String description) {
            reason = why;
            limit = which;
            detail = description;
            return this;
        }

        /**
         * Sets the masked numbers.
         *
         * @param oldNumber the number before the change, masked, or null
         * @param newNumber the number a code went to or the change set, masked, or null
         * @return this builder
         */
        public Builder numbers(String oldNumber, String newNumber) {
            maskedOldNumber = oldNumber;
            maskedNewNumber = newNumber;
            return this;
        }

        /**
         * Sets how a code or notice went and the provider's id for it.
         *
         * @param by the method, or null
         * @param messageId the provider's message id, or null
         * @return this builder
         */
        public Builder delivery(DeliveryMethod by, String messageId) {
            method = by;
            providerMessageId = messageId;
            return this;
        }

        /**
         * Sets who judged the number.
         *
         * @param source the verdict's source, or null
         * @return this builder
         */
        public Builder screenedBy(String source) {
            screeningSource = source;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record, never null
         */
        public AuditRecord build() {
            return new AuditRecord(at, Optional.ofNullable(correlationId), step, outcome,
                    Optional.ofNullable(actingAdmin), Optional.ofNullable(target), Optional.ofNullable(request),
                    Optional.ofNullable(organization), Optional.ofNullable(state), Optional.ofNullable(reason),
                    Optional.ofNullable(limit), Optional.ofNullable(detail), Optional.ofNullable(maskedOldNumber),
                    Optional.ofNullable(maskedNewNumber), Optional.ofNullable(method),
                    Optional.ofNullable(providerMessageId), Optional.ofNullable(screeningSource));
        }
    }
}
