/**
 * Twilio over the JDK's HTTP client, with no vendor SDK: {@link TwilioCodeDelivery} sends codes by SMS
 * (Programmable Messaging) or voice (Programmable Voice, TwiML built here), and {@link TwilioLookupScreening} screens
 * numbers by line type (Lookup v2). {@link TwilioAccount} holds the credentials and never shows them.
 */
package io.github.mfaoverride.adapters.sms.twilio;
