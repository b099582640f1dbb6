/**
 * Delivery policy shared by the SMS and voice adapters: {@link RetryingCodeDelivery} retries only what is safe to
 * retry and only within the code's lifetime, and {@link FailoverCodeDelivery} tries providers in order. The
 * provider adapters live in the {@code twilio} and {@code smpp} packages and the message wording in
 * {@code template}.
 */
package io.github.mfaoverride.adapters.sms;
