package io.github.mfaoverride.adapters.sms.twilio;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small, strict JSON reader for the few fields this adapter reads from Twilio's answers.
 *
 * <p>Objects become {@code Map<String, Object>}, arrays {@code List<Object>}, numbers {@link BigDecimal}, and
 * {@code null} becomes {@link #NULL}. Nesting deeper than 32 levels is refused, so hostile input cannot exhaust the
 * stack. Not a general-purpose parser; stateless entry points, thread-safe.
 */
final class Json {

    /** Stands for a JSON {@code null}, since maps here hold no Java nulls. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static final int MAX_DEPTH = 32;

    private final String text;
    private int position;

    private Json(String text) {
        this.text = text;
    }

    /**
     * Parses a JSON document.
     *
     * @param text the document, not null
     * @return the value, never null
     * @throws IllegalArgumentException when the text is not valid JSON
     */
    static Object parse(String text) {
        requireNonNull(text, "text cannot be null");
        Json reader = new Json(text);
        Object value = reader.value(0);
        reader.skipWhitespace();
        if (reader.position != text.length()) {
            throw reader.error("trailing characters");
        }
        return value;
    }

    /**
     * Parses a document expected to be an object.
     *
     * @param text the document, not null
     * @return the object, or empty when the text is not a JSON object
     */
    @SuppressWarnings("unchecked")
    static Optional<Map<String, Object>> parseObject(String text) {
        try {
            Object value = parse(text);
            return value instanceof Map ? Optional.of((Map<String, Object>) value) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads a string member.
     *
     * @param object the object, not null
     * @param name the member, not null
     * @return the string, or empty when absent, null or not a string
     */
    static Optional<String> string(Map<String, Object> object, String name) {
        return object.get(name) instanceof String value ? Optional.of(value) : Optional.empty();
    }

    /**
     * Reads an integer member.
     *
     * @param object the object, not null
     * @param name the member, not null
     * @return the integer, or empty when absent, null, not a number or not integral
     */
    static Optional<Integer> integer(Map<String, Object> object, String name) {
        if (object.get(name) instanceof BigDecimal value) {
            try {
                return Optional.of(value.intValueExact());
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Reads an object member.
     *
     * @param object the object, not null
     * @param name the member, not null
     * @return the nested object, or empty when absent, null or not an object
     */
    @SuppressWarnings("unchecked")
    static Optional<Map<String, Object>> object(Map<String, Object> object, String name) {
        return object.get(name) instanceof Map<?, ?> value
                ? Optional.of((Map<String, Object>) value) : Optional.empty();
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nesting too deep");
        }
        skipWhitespace();
        if (position >= text.length()) {
            throw error("unexpected end");
        }
        char c = text.charAt(position);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", NULL);
            default -> number();
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> members = new LinkedHashMap<>();
        position++;
        skipWhitespace();
        if (peek() == '}') {
            position++;
            return members;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a member name");
            }
            String name = string();
            skipWhitespace();
            expect(':');
            members.put(name, value(depth + 1));
            skipWhitespace();
            if (peek() == ',') {
                position++;
            } else {
                expect('}');
                return members;
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> items = new ArrayList<>();
        position++;
        skipWhitespace();
        if (peek() == ']') {
            position++;
            return items;
        }
        while (true) {
            items.add(value(depth + 1));
            skipWhitespace();
            if (peek() == ',') {
                position++;
            } else {
                expect(']');
                return items;
            }
        }
    }

    private String string() {
        position++;
        StringBuilder out = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("control character in string");
            }
            out.append(c == '\\' ? escaped() : c);
        }
        throw error("unterminated string");
    }

    private char escaped() {
        if (position >= text.length()) {
            throw error("unterminated escape");
        }
        char c = text.charAt(position++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicodeEscape();
            default -> throw error("bad escape");
        };
    }

    private char unicodeEscape() {
        if (position + 4 > text.length()) {
            throw error("short unicode escape");
        }
        try {
            char c = (char) Integer.parseInt(text.substring(position, position + 4), 16);
            position += 4;
            return c;
        } catch (NumberFormatException e) {
            throw error("bad unicode escape");
        }
    }

    private BigDecimal number() {
        int start = position;
        while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
        String token = text.substring(start, position);
        if (token.isEmpty() || token.startsWith("+") || token.endsWith(".")) {
            throw error("unexpected character");
        }
        try {
            return new BigDecimal(token);
        } catch (NumberFormatException e) {
            throw error("bad number");
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, position)) {
            throw error("unexpected literal");
        }
        position += word.length();
        return value;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        position++;
    }

    private char peek() {
        if (position >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(position);
    }

    private void skipWhitespace() {
        while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("invalid JSON at " + position + ": " + what);
    }
}
