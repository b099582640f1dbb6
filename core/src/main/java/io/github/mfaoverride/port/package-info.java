/**
 * The ports: what the workflow needs from the outside world, named in the domain's words.
 *
 * <p>{@link io.github.mfaoverride.port.UserDirectory} and {@link io.github.mfaoverride.port.PhoneChangeRequests}
 * store users and requests, {@link io.github.mfaoverride.port.Transactions} makes several writes atomic,
 * {@link io.github.mfaoverride.port.CodeDelivery} sends codes, {@link io.github.mfaoverride.port.StepUpVerifier}
 * checks the admin's own MFA and {@link io.github.mfaoverride.port.NumberScreening} judges numbers. Adapter
 * modules implement them; the contract test kits in core's test jar say what a correct adapter does.
 */
package io.github.mfaoverride.port;
