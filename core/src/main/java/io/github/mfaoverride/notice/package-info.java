/**
 * Change notices: after a completed change the user is told through channels the change did not touch (every
 * notification address on file, and the old number), in their language, with how to dispute it (NIST SP
 * 800-63B-4, OWASP ASVS 6.3.7). A notice never contains the code or the full new number, and a notice that
 * cannot be delivered never undoes the change: it is retried, then audited and reported as an event.
 */
package io.github.mfaoverride.notice;
