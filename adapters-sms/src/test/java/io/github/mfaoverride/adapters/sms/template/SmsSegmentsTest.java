package io.github.mfaoverride.adapters.sms.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.adapters.sms.template.SmsSegments.Encoding;
import io.github.mfaoverride.adapters.sms.template.SmsSegments.Segmentation;
import org.junit.jupiter.api.Test;

class SmsSegmentsTest {

    @Test
    void ofWhenGsmTextFillsOneSegmentThenCountsOne() {
        assertThat(SmsSegments.of("a".repeat(160))).isEqualTo(new Segmentation(Encoding.GSM7, 160, 1));
    }

    @Test
    void ofWhenGsmTextOverflowsThenSplitsIn153SeptetParts() {
        assertThat(SmsSegments.of("a".repeat(161))).isEqualTo(new Segmentation(Encoding.GSM7, 161, 2));
        assertThat(SmsSegments.of("a".repeat(306)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(307)).segments()).isEqualTo(3);
    }

    @Test
    void ofWhenExtensionCharactersThenCountsTwoSeptetsEach() {
        assertThat(SmsSegments.of("€[]{}")).isEqualTo(new Segmentation(Encoding.GSM7, 10, 1));
        assertThat(SmsSegments.of("a".repeat(159) + "€")).isEqualTo(new Segmentation(Encoding.GSM7, 161, 2));
    }

    @Test
    void ofWhenAnEscapePairWouldStraddlePartsThenMovesItWhole() {
        String text = "a".repeat(152) + "€" + "a".repeat(152);

        assertThat(SmsSegments.of(text)).isEqualTo(new Segmentation(Encoding.GSM7, 306, 3));
    }

    @Test
    void ofWhenOneCharacterIsOutsideGsmThenTheWholeTextIsUcs2() {
        assertThat(SmsSegments.of("a".repeat(69) + "ó")).isEqualTo(new Segmentation(Encoding.UCS2, 70, 1));
        assertThat(SmsSegments.of("a".repeat(70) + "ó")).isEqualTo(new Segmentation(Encoding.UCS2, 71, 2));
        assertThat(SmsSegments.of("ó".repeat(134)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("ó".repeat(135)).segments()).isEqualTo(3);
    }

    @Test
    void ofWhenASurrogatePairWouldStraddlePartsThenMovesItWhole() {
        String text = "a".repeat(66) + "😀" + "a".repeat(10);

        assertThat(SmsSegments.of(text)).isEqualTo(new Segmentation(Encoding.UCS2, 78, 2));
        assertThat(SmsSegments.of("a".repeat(65) + "😀" + "a".repeat(66)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(66) + "😀" + "a".repeat(65)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(66) + "😀" + "a".repeat(66)).segments()).isEqualTo(3);
    }

    @Test
    void ofWhenEmptyThenOneSegment() {
        assertThat(SmsSegments.of("")).isEqualTo(new Segmentation(Encoding.GSM7, 0, 1));
    }
}
