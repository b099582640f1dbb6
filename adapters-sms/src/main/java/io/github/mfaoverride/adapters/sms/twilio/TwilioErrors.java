package io.github.mfaoverride.adapters.sms.twilio;

import io.github.mfaoverride.adapters.sms.AttemptOutcome;
import io.github.mfaoverride.port.DeliveryOutcome;
import io.github.mfaoverride.port.DeliveryRefusal;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Maps Twilio's failures onto attempt outcomes. Twilio's own error message is never carried over, since it may
 * quote the number. Stateless and thread-safe.
 */
final class TwilioErrors {

    static final int INVALID_TO = 21211;
    static final int REGION_NOT_PERMITTED = 21408;
    static final int OPTED_OUT = 21610;
    static final int NOT_MOBILE = 21614;
    static final int AUTHENTICATION_FAILED = 20003;
    static final int TOO_MANY_REQUESTS = 20429;

    private static final int HTTP_UNAUTHORIZED = 401;
    private static final int HTTP_NOT_FOUND = 404;
    private static final int HTTP_TOO_MANY_REQUESTS = 429;
    private static final int HTTP_SERVER_ERROR = 500;

    private TwilioErrors() {
    }

    static AttemptOutcome ofReply(TwilioHttp.Reply reply, Clock clock) {
        Optional<Integer> code = Json.parseObject(reply.body()).flatMap(body -> Json.integer(body, "code"));
        String detail = "twilio error " + code.map(String::valueOf).orElse("(none)") + ", HTTP " + reply.status();
        if (reply.status() == HTTP_TOO_MANY_REQUESTS || code.filter(c -> c == TOO_MANY_REQUESTS).isPresent()) {
            return new AttemptOutcome.NotProcessed("rate limited: " + detail, retryAfter(reply.retryAfter(), clock));
        }
        if (reply.status() >= HTTP_SERVER_ERROR) {
            return new AttemptOutcome.Ambiguous("server error: " + detail);
        }
        if (reply.status() == HTTP_UNAUTHORIZED || code.filter(c -> c == AUTHENTICATION_FAILED).isPresent()) {
            return refused(DeliveryRefusal.CONFIGURATION, "credentials rejected: " + detail);
        }
        if (reply.status() == HTTP_NOT_FOUND) {
            return refused(DeliveryRefusal.CONFIGURATION, "account or resource not found: " + detail);
        }
        return switch (code.orElse(0)) {
            case INVALID_TO -> refused(DeliveryRefusal.INVALID_NUMBER, "invalid number: " + detail);
            case NOT_MOBILE -> refused(DeliveryRefusal.METHOD_NOT_SUPPORTED,
                    "not a mobile number, SMS cannot reach it; a voice call may still work: " + detail);
            case OPTED_OUT -> refused(DeliveryRefusal.OPTED_OUT, "recipient opted out (STOP): " + detail);
            case REGION_NOT_PERMITTED -> refused(DeliveryRefusal.REGION_NOT_PERMITTED,
                    "region not permitted for this account: " + detail);
            default -> refused(DeliveryRefusal.OTHER, "refused: " + detail);
        };
    }

    static AttemptOutcome ofException(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return new AttemptOutcome.NotProcessed("connect timeout", Optional.empty());
        }
        if (e instanceof ConnectException || e.getCause() instanceof ConnectException) {
            return new AttemptOutcome.NotProcessed("connection refused", Optional.empty());
        }
        if (e instanceof HttpTimeoutException) {
            return new AttemptOutcome.Ambiguous("no answer in time");
        }
        return new AttemptOutcome.Ambiguous("I/O failure: " + e.getClass().getSimpleName());
    }

    static Optional<Duration> retryAfter(Optional<String> header, Clock clock) {
        return header.map(String::strip).flatMap(value -> {
            if (value.chars().allMatch(Character::isDigit) && !value.isEmpty() && value.length() < 10) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            }
            try {
                ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), when.toInstant());
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    private static AttemptOutcome refused(DeliveryRefusal reason, String detail) {
        return new AttemptOutcome.Final(new DeliveryOutcome.Refused(reason, detail));
    }
}
