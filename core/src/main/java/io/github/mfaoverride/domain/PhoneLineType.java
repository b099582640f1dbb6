package io.github.mfaoverride.domain;

/**
 * What kind of line a phone number is, as libphonenumber or a provider's lookup classifies it.
 */
public enum PhoneLineType {
    /** A mobile line. */
    MOBILE,
    /** A fixed (landline) line. */
    FIXED_LINE,
    /** A number plan where fixed and mobile numbers cannot be told apart (the United States, for one). */
    FIXED_LINE_OR_MOBILE,
    /** Voice over IP. */
    VOIP,
    /** Toll-free: the called party pays. */
    TOLL_FREE,
    /** Premium rate: the caller pays a surcharge. */
    PREMIUM_RATE,
    /** The cost is shared between caller and called party. */
    SHARED_COST,
    /** A personal number that forwards elsewhere. */
    PERSONAL_NUMBER,
    /** A pager. */
    PAGER,
    /** A universal access number of a company. */
    UAN,
    /** A voicemail access number. */
    VOICEMAIL,
    /** Could not be classified. */
    UNKNOWN
}
