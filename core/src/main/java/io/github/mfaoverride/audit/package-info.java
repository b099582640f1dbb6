/**
 * The audit trail: one append-only, PII-safe {@link io.github.mfaoverride.audit.AuditRecord} per use-case outcome
 * (and one per change notice), written to the {@link io.github.mfaoverride.audit.AuditTrail} port.
 *
 * <p>A record never holds a code, a full phone number or an email address: numbers are masked to their country
 * code and last four digits, addresses to their first letter and domain (OWASP ASVS 16.2.5, 16.3.1).
 */
package io.github.mfaoverride.audit;
