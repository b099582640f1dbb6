/**
 * The words of a code message: {@link CodeTemplates} builds the SMS text and the voice script from a
 * {@link Wording} chosen by the recipient's locale (English, Spanish and French built in, any overridable), and
 * {@link SmsSegments} counts how many GSM-7 or UCS-2 segments a text takes.
 */
package io.github.mfaoverride.adapters.sms.template;
