/**
 * Typed domain events for hosts: the {@link io.github.mfaoverride.event.MfaEventListener} port receives one
 * {@link io.github.mfaoverride.event.MfaEvent} per thing that happened (a request started, a code sent, a change
 * completed, a refusal, a lockout...), to feed metrics or alerts.
 */
package io.github.mfaoverride.event;
