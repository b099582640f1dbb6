package io.github.mfaoverride.port;

/**
 * Why a number was judged unfit to receive verification codes.
 */
public enum NumberRejection {
    /** Its line type is not allowed (premium rate, shared cost, toll free, and so on). */
    LINE_TYPE_NOT_ALLOWED,
    /** Its country is not allowed. */
    COUNTRY_NOT_ALLOWED,
    /** It starts with a blocked prefix. */
    PREFIX_BLOCKED,
    /** A provider judged it risky (recent SIM swap, known fraud range). */
    HIGH_RISK,
    /** A provider says the number is not in service. */
    NOT_IN_SERVICE,
    /** The number could not be checked automatically, so it is not trusted. */
    NOT_VERIFIABLE
}
