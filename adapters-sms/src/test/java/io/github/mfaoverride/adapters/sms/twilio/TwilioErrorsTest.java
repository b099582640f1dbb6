package io.github.mfaoverride.adapters.sms.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.adapters.sms.AttemptOutcome;
import io.github.mfaoverride.port.DeliveryOutcome;
import io.github.mfaoverride.port.DeliveryRefusal;
import io.github.mfaoverride.testkit.MutableClock;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TwilioErrorsTest {

    private final MutableClock clock = MutableClock.startingMonday();

    @Test
    void ofExceptionWhenNoConnectionWasMadeThenNotProcessed() {
        assertThat(TwilioErrors.ofException(new HttpConnectTimeoutException("connect timed out")))
                .isEqualTo(new AttemptOutcome.NotProcessed("connect timeout", Optional.empty()));
        assertThat(TwilioErrors.ofException(new ConnectException("refused")))
                .isEqualTo(new AttemptOutcome.NotProcessed("connection refused", Optional.empty()));
        assertThat(TwilioErrors.ofException(new IOException("wrapped", new ConnectException("refused"))))
                .isInstanceOf(AttemptOutcome.NotProcessed.class);
    }

    @Test
    void ofExceptionWhenTheRequestMayHaveArrivedThenAmbiguous() {
        assertThat(TwilioErrors.ofException(new HttpTimeoutException("request timed out")))
                .isEqualTo(new AttemptOutcome.Ambiguous("no answer in time"));
        assertThat(TwilioErrors.ofException(new IOException("connection reset")))
                .isInstanceOf(AttemptOutcome.Ambiguous.class);
    }

    @Test
    void ofReplyWhenAccountPathIsWrongThenRefusedAsConfiguration() {
        AttemptOutcome outcome = TwilioErrors.ofReply(new TwilioHttp.Reply(404, "{\"code\":20404}", Optional.empty()),
                clock);

        assertThat(outcome).isInstanceOfSatisfying(AttemptOutcome.Final.class, done ->
                assertThat(((DeliveryOutcome.Refused) done.outcome()).reason())
                        .isEqualTo(DeliveryRefusal.CONFIGURATION));
    }

    @Test
    void ofReplyWhenBodyIsNotJsonThenStillMapsByStatus() {
        assertThat(TwilioErrors.ofReply(new TwilioHttp.Reply(502, "<html>Bad gateway</html>", Optional.empty()),
                clock)).isInstanceOf(AttemptOutcome.Ambiguous.class);
        assertThat(TwilioErrors.ofReply(new TwilioHttp.Reply(400, "<html>", Optional.empty()), clock))
                .isInstanceOf(AttemptOutcome.Final.class);
    }

    @Test
    void retryAfterWhenHeaderIsMalformedOrPastThenEmptyOrZero() {
        assertThat(TwilioErrors.retryAfter(Optional.of("soon"), clock)).isEmpty();
        assertThat(TwilioErrors.retryAfter(Optional.of(""), clock)).isEmpty();
        assertThat(TwilioErrors.retryAfter(Optional.of(" 7 "), clock)).contains(Duration.ofSeconds(7));
        assertThat(TwilioErrors.retryAfter(Optional.of("Mon, 01 Jan 2024 00:00:00 GMT"), clock))
                .contains(Duration.ZERO);
        assertThat(TwilioErrors.retryAfter(Optional.empty(), clock)).isEmpty();
    }
}
