package io.github.mfaoverride.notice;

/**
 * What changed, choosing the notice's template.
 */
public enum NoticeKind {
    /** An admin replaced the user's MFA phone number. */
    PHONE_CHANGED("phone.changed"),
    /** An admin turned MFA on for their own account with a new number. */
    MFA_ENABLED("mfa.enabled");

    private final String key;

    NoticeKind(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }
}
