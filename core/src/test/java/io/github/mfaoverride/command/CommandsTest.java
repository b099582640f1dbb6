package io.github.mfaoverride.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.workflow.RequestId;
import org.junit.jupiter.api.Test;

/**
 * Commands may end up in a host's logs: their text form names ids and methods, never a code, a proof, a step-up
 * response or a phone number.
 */
class CommandsTest {

    private static final RequestId REQUEST = RequestId.of("r-1");
    private static final UserId ADMIN = UserId.of("admin");
    private static final String PROOF = "v1.1767603600000.c2lnbmF0dXJl";

    @Test
    void toStringWhenACommandCarriesSecretsThenTheyAreLeftOut() {
        assertThat(new VerifyCode(REQUEST, ADMIN, PROOF, "482913").toString())
                .contains("r-1", "admin").doesNotContain("482913").doesNotContain(PROOF);
        assertThat(new ConfirmMfaOptIn(REQUEST, ADMIN, "482913").toString())
                .contains("r-1").doesNotContain("482913");
        assertThat(new AnswerStepUp(REQUEST, ADMIN, "secret-response").toString())
                .contains("r-1").doesNotContain("secret-response");
        assertThat(new ResendCode(REQUEST, ADMIN, PROOF, DeliveryMethod.VOICE).toString())
                .contains("VOICE").doesNotContain(PROOF);
    }

    @Test
    void toStringWhenACommandCarriesAPhoneNumberThenItIsLeftOut() {
        assertThat(new SendCode(REQUEST, ADMIN, PROOF, "+12015550122", "US", DeliveryMethod.SMS).toString())
                .contains("SMS").doesNotContain("2015550122").doesNotContain(PROOF);
        assertThat(new BeginMfaOptIn(ADMIN, "(201) 555-0122", "US", DeliveryMethod.SMS).toString())
                .contains("admin").doesNotContain("555-0122").doesNotContain("555");
    }
}
