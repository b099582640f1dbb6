package io.github.mfaoverride.port;

/**
 * Why a provider permanently refused to deliver a code.
 */
public enum DeliveryRefusal {
    /** The number does not exist or is malformed for the provider. */
    INVALID_NUMBER,
    /** The line cannot receive this method (a landline cannot take SMS); another method may still work. */
    METHOD_NOT_SUPPORTED,
    /** The recipient opted out of messages from this sender. */
    OPTED_OUT,
    /** The destination country or region is not permitted for this account. */
    REGION_NOT_PERMITTED,
    /** The provider rejected the account or its settings: credentials, sender, permissions. */
    CONFIGURATION,
    /** Any other permanent refusal. */
    OTHER
}
