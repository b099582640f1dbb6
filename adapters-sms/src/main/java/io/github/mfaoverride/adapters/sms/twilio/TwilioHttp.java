package io.github.mfaoverride.adapters.sms.twilio;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The HTTP exchanges with Twilio: an authenticated form POST or GET, answered with the status, the body and the
 * Retry-After header. Thread-safe (the JDK client is).
 */
final class TwilioHttp {

    private final TwilioAccount account;
    private final HttpClient client;
    private final Duration requestTimeout;

    /** A response from Twilio, of any status. */
    record Reply(int status, String body, Optional<String> retryAfter) {
        boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }

    TwilioHttp(TwilioAccount account, Duration connectTimeout, Duration requestTimeout) {
        this.account = requireNonNull(account, "account cannot be null");
        this.requestTimeout = requireNonNull(requestTimeout, "requestTimeout cannot be null");
        this.client = HttpClient.newBuilder()
                .connectTimeout(requireNonNull(connectTimeout, "connectTimeout cannot be null"))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Reply postForm(URI uri, Map<String, String> form) throws IOException, InterruptedException {
        HttpRequest request = request(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form), StandardCharsets.UTF_8))
                .build();
        return send(request);
    }

    Reply get(URI uri) throws IOException, InterruptedException {
        return send(request(uri).GET().build());
    }

    static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Authorization", account.authorizationHeader())
                .header("Accept", "application/json");
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response =
                client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Retry-After"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
