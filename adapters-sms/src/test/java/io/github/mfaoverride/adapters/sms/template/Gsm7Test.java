package io.github.mfaoverride.adapters.sms.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Gsm7Test {

    @Test
    void canEncodeWhenTextUsesTheDefaultAlphabetThenTrue() {
        assertThat(Gsm7.canEncode("Hello @£$¥ èéùìò ÄÖÑÜ äöñüà ¿¡ 0-9 €")).isTrue();
        assertThat(Gsm7.canEncode("teléfono numéro")).isTrue();
    }

    @Test
    void canEncodeWhenTextHoldsOtherCharactersThenFalse() {
        assertThat(Gsm7.canEncode("código")).isFalse();
        assertThat(Gsm7.canEncode("ç")).isFalse();
        assertThat(Gsm7.canEncode("😀")).isFalse();
        assertThat(Gsm7.canEncode("\u001B")).isFalse();
    }

    @Test
    void encodeUnpackedWhenTextIsGsmThenWritesOneSeptetPerByteAndEscapesExtensions() {
        assertThat(Gsm7.encodeUnpacked("@A€é\n")).containsExactly(0x00, 0x41, 0x1B, 0x65, 0x05, 0x0A);
        assertThat(Gsm7.encodeUnpacked("{}")).containsExactly(0x1B, 0x28, 0x1B, 0x29);
    }

    @Test
    void encodeUnpackedWhenACharacterIsNotGsmThenFails() {
        assertThatThrownBy(() -> Gsm7.encodeUnpacked("ó")).isInstanceOf(IllegalArgumentException.class);
    }
}
