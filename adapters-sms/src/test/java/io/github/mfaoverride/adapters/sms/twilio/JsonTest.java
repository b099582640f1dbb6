package io.github.mfaoverride.adapters.sms.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    @Test
    void parseWhenTwilioErrorThenReadsCodeAndMessage() {
        Map<String, Object> error = Json.parseObject(
                "{\"code\": 21211, \"message\": \"The 'To' number is not valid.\", \"more_info\": "
                        + "\"https://www.twilio.com/docs/errors/21211\", \"status\": 400}").orElseThrow();

        assertThat(Json.integer(error, "code")).contains(21211);
        assertThat(Json.string(error, "message")).contains("The 'To' number is not valid.");
        assertThat(Json.string(error, "absent")).isEmpty();
    }

    @Test
    void parseWhenValuesOfEveryKindThenKeepsTheirTypes() {
        Object value = Json.parse(" [true, false, null, -1.5e2, \"a\\\"b\\\\c\\/\\u00e9\\n\", {}, []] ");

        assertThat(value).isEqualTo(List.of(Boolean.TRUE, Boolean.FALSE, Json.NULL, new BigDecimal("-1.5e2"),
                "a\"b\\c/é\n", Map.of(), List.of()));
    }

    @Test
    void objectWhenMemberIsNullThenIsEmpty() {
        Map<String, Object> body = Json.parseObject("{\"line_type_intelligence\": null, \"n\": 1.5}").orElseThrow();

        assertThat(Json.object(body, "line_type_intelligence")).isEmpty();
        assertThat(Json.integer(body, "n")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\"}", "{\"a\":1,}", "[1 2]", "\"open", "tru", "{} x", "01x", "+1",
        "\"\\x\"", "\"\\u12\"", "{\"a\":\"line\nbreak\"}"})
    void parseWhenInputIsMalformedThenRefusesIt(String text) {
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Json.parseObject(text)).isEmpty();
    }

    @Test
    void parseWhenNestingIsTooDeepThenRefusesIt() {
        String deep = "[".repeat(1000) + "]".repeat(1000);

        assertThatThrownBy(() -> Json.parse(deep)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too deep");
    }

    @Test
    void parseObjectWhenDocumentIsNotAnObjectThenIsEmpty() {
        assertThat(Json.parseObject("[1]")).isEmpty();
        assertThat(Json.parseObject("<html>Bad gateway</html>")).isEmpty();
    }
}
