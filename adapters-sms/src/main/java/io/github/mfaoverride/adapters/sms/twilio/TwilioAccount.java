package io.github.mfaoverride.adapters.sms.twilio;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A Twilio account and the credentials that act for it: the account's auth token, or an API key and its secret.
 *
 * <p>The secret is used only to build the HTTP Basic header; {@link #toString()} shows the account SID's last four
 * characters and nothing of the secret, and no exception message carries it. Immutable and thread-safe.
 */
public final class TwilioAccount {

    private static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");
    private static final Pattern API_KEY_SID = Pattern.compile("SK[0-9a-fA-F]{32}");
    private static final int VISIBLE = 4;

    private final String accountSid;
    private final String username;
    private final String authorization;

    private TwilioAccount(String accountSid, String username, String secret) {
        this.accountSid = accountSid;
        this.username = username;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Creates an account that authenticates with its own auth token.
     *
     * @param accountSid the account SID, {@code AC} and 32 hex digits, not null
     * @param authToken the auth token, not blank, not null
     * @return the account, never null
     * @throws IllegalArgumentException when a value is malformed (the message never shows the token)
     */
    public static TwilioAccount withAuthToken(String accountSid, String authToken) {
        requireAccountSid(accountSid);
        requireSecret(authToken, "authToken");
        return new TwilioAccount(accountSid, accountSid, authToken);
    }

    /**
     * Creates an account that authenticates with an API key, which Twilio recommends over the auth token.
     *
     * @param accountSid the account SID, {@code AC} and 32 hex digits, not null
     * @param apiKeySid the API key SID, {@code SK} and 32 hex digits, not null
     * @param apiKeySecret the API key's secret, not blank, not null
     * @return the account, never null
     * @throws IllegalArgumentException when a value is malformed (the message never shows the secret)
     */
    public static TwilioAccount withApiKey(String accountSid, String apiKeySid, String apiKeySecret) {
        requireAccountSid(accountSid);
        requireNonNull(apiKeySid, "apiKeySid cannot be null");
        if (!API_KEY_SID.matcher(apiKeySid).matches()) {
            throw new IllegalArgumentException("apiKeySid must be SK followed by 32 hex digits");
        }
        requireSecret(apiKeySecret, "apiKeySecret");
        return new TwilioAccount(accountSid, apiKeySid, apiKeySecret);
    }

    /**
     * Returns the account SID, which is part of every request path and is not secret.
     *
     * @return the SID, never null
     */
    public String accountSid() {
        return accountSid;
    }

    String authorizationHeader() {
        return authorization;
    }

    @Override
    public String toString() {
        String kind = username.equals(accountSid) ? "auth token" : "API key …" + tail(username);
        return "TwilioAccount[…" + tail(accountSid) + ", " + kind + "]";
    }

    private static String tail(String sid) {
        return sid.substring(sid.length() - VISIBLE);
    }

    private static void requireAccountSid(String accountSid) {
        requireNonNull(accountSid, "accountSid cannot be null");
        if (!ACCOUNT_SID.matcher(accountSid).matches()) {
            throw new IllegalArgumentException("accountSid must be AC followed by 32 hex digits");
        }
    }

    private static void requireSecret(String secret, String name) {
        requireNonNull(secret, name + " cannot be null");
        if (secret.isBlank()) {
            throw new IllegalArgumentException(name + " cannot be blank");
        }
    }
}
