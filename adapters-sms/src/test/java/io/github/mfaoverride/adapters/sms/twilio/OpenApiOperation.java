package io.github.mfaoverride.adapters.sms.twilio;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation read from a fragment of Twilio's OpenAPI description in the test resources, able to say what a
 * recorded request breaks of it.
 */
final class OpenApiOperation {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private final Map<String, Object> document;
    private final String pathTemplate;
    private final String method;
    private final Map<String, Object> operation;

    @SuppressWarnings("unchecked")
    private OpenApiOperation(Map<String, Object> document) {
        this.document = document;
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        this.pathTemplate = paths.keySet().iterator().next();
        Map<String, Object> methods = (Map<String, Object>) paths.get(pathTemplate);
        this.method = methods.keySet().iterator().next();
        this.operation = (Map<String, Object>) methods.get(method);
    }

    static OpenApiOperation load(String name) throws IOException {
        try (InputStream in = OpenApiOperation.class.getResourceAsStream("/twilio-oai/" + name)) {
            String text = new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
            return new OpenApiOperation(Json.parseObject(text).orElseThrow());
        }
    }

    String method() {
        return method.toUpperCase(java.util.Locale.ROOT);
    }

    String server() {
        return (String) map(list(document.get("servers")).get(0)).get("url");
    }

    /** Tells whether the operation's security scheme is HTTP Basic. */
    boolean usesBasicAuth() {
        Map<String, Object> schemes = map(map(document.get("components")).get("securitySchemes"));
        String scheme = map(list(operation.get("security")).get(0)).keySet().iterator().next();
        Map<String, Object> definition = map(schemes.get(scheme));
        return "http".equals(definition.get("type")) && "basic".equals(definition.get("scheme"));
    }

    String contentType() {
        return map(map(operation.get("requestBody")).get("content")).keySet().iterator().next();
    }

    /** Tells whether a raw request path fits the path template, each path parameter matching its schema. */
    boolean matchesPath(String rawPath) {
        Matcher parameters = PATH_PARAMETER.matcher(pathTemplate);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (parameters.find()) {
            regex.append(Pattern.quote(pathTemplate.substring(last, parameters.start())));
            regex.append('(').append(parameterPattern(parameters.group(1)).orElse("[^/]+")).append(')');
            last = parameters.end();
        }
        regex.append(Pattern.quote(pathTemplate.substring(last)));
        return rawPath.matches(regex.toString());
    }

    List<String> queryParameters() {
        List<String> names = new ArrayList<>();
        for (Object parameter : list(operation.get("parameters"))) {
            if ("query".equals(map(parameter).get("in"))) {
                names.add((String) map(parameter).get("name"));
            }
        }
        return names;
    }

    /** Lists what a form breaks of the request body schema: unknown fields, missing required ones, bad values. */
    List<String> violationsOf(Map<String, String> form) {
        Map<String, Object> schema = map(map(map(map(operation.get("requestBody")).get("content"))
                .get(contentType())).get("schema"));
        Map<String, Object> properties = map(schema.get("properties"));
        List<String> violations = new ArrayList<>();
        for (Object required : list(schema.getOrDefault("required", List.of()))) {
            if (!form.containsKey(required)) {
                violations.add("missing required " + required);
            }
        }
        form.forEach((name, value) -> {
            if (!properties.containsKey(name)) {
                violations.add("unknown field " + name);
            } else {
                violations.addAll(valueViolations(name, value, map(properties.get(name))));
            }
        });
        return violations;
    }

    private static List<String> valueViolations(String name, String value, Map<String, Object> property) {
        List<String> violations = new ArrayList<>();
        if ("integer".equals(property.get("type")) && !value.matches("-?[0-9]+")) {
            violations.add(name + " is not an integer");
        }
        if (property.get("pattern") instanceof String pattern && !Pattern.compile(pattern).matcher(value).find()) {
            violations.add(name + " does not match " + pattern);
        }
        if (property.get("maxLength") instanceof Number max && value.length() > max.intValue()) {
            violations.add(name + " is longer than " + max);
        }
        if (property.get("minLength") instanceof Number min && value.length() < min.intValue()) {
            violations.add(name + " is shorter than " + min);
        }
        Object format = property.get("format");
        if (("phone-number".equals(format) || "endpoint".equals(format)) && !E164.matcher(value).matches()) {
            violations.add(name + " is not an E.164 number");
        }
        if ("uri".equals(format) && !URI.create(value).isAbsolute()) {
            violations.add(name + " is not an absolute URI");
        }
        return violations;
    }

    private Optional<String> parameterPattern(String name) {
        for (Object parameter : list(operation.get("parameters"))) {
            if (name.equals(map(parameter).get("name"))) {
                Object pattern = map(map(parameter).get("schema")).get("pattern");
                return Optional.ofNullable((String) pattern).map(p -> p.replaceAll("^\\^|\\$$", ""));
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
