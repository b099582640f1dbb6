package io.github.mfaoverride.outcome;

/**
 * Which cross-request limit refused a call, so a host can tell "try later" apart from "you are locked out".
 *
 * <p>Carried by {@link Refused#limit()} with the reasons {@link RefusalReason#RATE_LIMITED} and
 * {@link RefusalReason#LOCKED_OUT}; {@link Refused#retryAt()} then says when the limit lets the call through.
 */
public enum Limit {
    /** Requests one admin may begin in a window. */
    ADMIN_REQUESTS,
    /** Codes one admin may have sent in a window, across all requests. */
    ADMIN_SENDS,
    /** Requests that may begin for one target user in a window, whoever the admin. */
    TARGET_REQUESTS,
    /** Codes that may go out for one target user in a window. */
    TARGET_SENDS,
    /** Codes one destination number may receive in a short window (Twilio Verify: 5 per 10 minutes). */
    NUMBER_SENDS,
    /** Codes one destination number may receive in a day. */
    NUMBER_DAILY_SENDS,
    /** Codes one destination country may receive in a window. */
    COUNTRY_SENDS,
    /** Codes the whole installation may send in a window: the budget that caps an SMS-pumping bill. */
    GLOBAL_SENDS,
    /** Wrong codes and step-up responses for one target user; at the limit the target is locked out. */
    TARGET_FAILURES,
    /** Wrong codes and step-up responses in one admin's requests; at the limit the admin is locked out. */
    ADMIN_FAILURES
}
