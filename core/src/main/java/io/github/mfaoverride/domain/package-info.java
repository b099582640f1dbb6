/**
 * The domain: users, their statuses and MFA state, organizations, admin roles and phone numbers.
 *
 * <p>Values here are immutable and thread-safe, and know nothing of storage or delivery.
 */
package io.github.mfaoverride.domain;
