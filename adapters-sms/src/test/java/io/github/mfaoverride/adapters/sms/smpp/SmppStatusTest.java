package io.github.mfaoverride.adapters.sms.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.adapters.sms.AttemptOutcome;
import io.github.mfaoverride.port.DeliveryOutcome;
import io.github.mfaoverride.port.DeliveryRefusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmppStatusTest {

    @ParameterizedTest(name = "submit status {0} is {1}")
    @CsvSource({
        "0x58, RETRY",
        "0x14, RETRY",
        "0x08, RETRY",
        "0x0B, INVALID_NUMBER",
        "0x50, INVALID_NUMBER",
        "0x51, INVALID_NUMBER",
        "0x0A, CONFIGURATION",
        "0x01, CONFIGURATION",
        "0x62, CONFIGURATION",
        "0x45, OTHER"
    })
    void ofSubmitWhenTheSmscRefusesThenMapsTheStatus(String status, String expected) {
        assertThat(describe(SmppStatus.ofSubmit(Integer.decode(status)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "bind status {0} is {1}")
    @CsvSource({
        "0x0E, CONFIGURATION",
        "0x0F, CONFIGURATION",
        "0x0D, RETRY",
        "0x08, RETRY"
    })
    void ofBindWhenTheSmscRefusesThenMapsTheStatus(String status, String expected) {
        assertThat(describe(SmppStatus.ofBind(Integer.decode(status)))).isEqualTo(expected);
    }

    private static String describe(AttemptOutcome outcome) {
        if (outcome instanceof AttemptOutcome.NotProcessed) {
            return "RETRY";
        }
        DeliveryRefusal reason = ((DeliveryOutcome.Refused) ((AttemptOutcome.Final) outcome).outcome()).reason();
        return reason.name();
    }
}
