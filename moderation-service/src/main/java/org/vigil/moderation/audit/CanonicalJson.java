package org.vigil.moderation.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The one text of a JSON value that the audit hash covers, so the hash survives storage.
 *
 * <p>PostgreSQL's {@code jsonb} keeps neither key order nor whitespace and writes {@code 1.0} back
 * as it pleases; Jackson reads decimals as doubles or BigDecimals depending on configuration. The
 * canonical form is independent of all of that:
 * <ul>
 *   <li>object keys sorted by UTF-16 code units (Java's {@code String.compareTo}), no whitespace;
 *   <li>strings: {@code "} and {@code \} escaped with a backslash, {@code \b \f \n \r \t} short,
 *       other characters below U+0020 as {@code \}{@code u00xx} (lower-case hex), everything else
 *       as is, and the whole encoded as UTF-8;
 *   <li>integers as their decimal digits; any other number as the IEEE double nearest to it,
 *       written as the shortest decimal that reads back as that double, in plain notation with
 *       no exponent and no trailing zeros ({@code 48.1370 → 48.137}, {@code 1.0 → 1},
 *       {@code 1e-7 → 0.0000001}, {@code -0.0 → 0});
 *   <li>{@code true}, {@code false}, {@code null}; arrays in their order.
 * </ul>
 * The rules are simple enough to re-implement outside Java, so the chain can be checked
 * independently of this service.
 */
final class CanonicalJson {

    private CanonicalJson() {}

    static String of(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node, out);
            case ARRAY -> writeArray(node, out);
            case STRING -> writeString(node.textValue(), out);
            case NUMBER -> out.append(number(node));
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default ->
                throw new IllegalArgumentException("audit details hold JSON values only, not " + node.getNodeType());
        }
    }

    private static void writeObject(JsonNode node, StringBuilder out) {
        List<String> keys = new ArrayList<>();
        node.properties().forEach(property -> keys.add(property.getKey()));
        keys.sort(null);
        out.append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeString(keys.get(i), out);
            out.append(':');
            write(node.get(keys.get(i)), out);
        }
        out.append('}');
    }

    private static void writeArray(JsonNode node, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            write(node.get(i), out);
        }
        out.append(']');
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static String number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        // Through the double on purpose: whatever precision the writer held, a reader with default
        // Jackson settings gets the double back, and both must hash alike.
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON has no " + value);
        }
        BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        if (decimal.signum() == 0) {
            return "0";
        }
        return decimal.scale() <= 0 ? decimal.toBigIntegerExact().toString() : decimal.toPlainString();
    }
}
