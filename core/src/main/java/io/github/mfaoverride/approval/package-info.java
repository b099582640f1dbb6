/**
 * The optional four-eyes rule (OWASP ASVS 5.0 2.3.5): an {@link io.github.mfaoverride.approval.ApprovalRule} says
 * which changes commit only after a second eligible admin, not the first, approves them once the code was verified.
 */
package io.github.mfaoverride.approval;
