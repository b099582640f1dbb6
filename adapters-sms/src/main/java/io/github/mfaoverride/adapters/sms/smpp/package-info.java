/**
 * SMPP 3.4 delivery straight to a carrier or aggregator: {@link SmppCodeDelivery} binds as a transmitter with jSMPP,
 * keeps the link alive, re-binds after a drop, and maps {@code submit_sm} statuses onto the core's outcomes.
 */
package io.github.mfaoverride.adapters.sms.smpp;
