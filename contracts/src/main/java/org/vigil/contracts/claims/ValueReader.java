package org.vigil.contracts.claims;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vigil.contracts.problem.FieldError;

/**
 * Reads the fields of one JSON claim value, collecting what is wrong instead of stopping at the
 * first problem, so one 400 answer can name every offending field. Values it returns are only
 * meaningful when {@link #errors()} is empty.
 */
final class ValueReader {

    /** Enough to correct a submission; a hostile body must not make the answer grow without bound. */
    static final int MAX_ERRORS = 50;

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final List<FieldError> errors = new ArrayList<>();

    List<FieldError> errors() {
        return List.copyOf(errors);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    void error(String path, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new FieldError(path, message));
        }
    }

    static String path(String parent, String field) {
        return parent == null || parent.isEmpty() ? field : parent + "." + field;
    }

    /** The node when it is an object holding only {@code fields}; otherwise {@code null}, with the errors recorded. */
    JsonNode object(JsonNode node, String path, Set<String> fields) {
        if (absent(node)) {
            error(path, "is required");
            return null;
        }
        if (!node.isObject()) {
            error(path, "must be an object");
            return null;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                error(path(path, name), "is not a field of this value");
            }
        });
        return node;
    }

    /** A required single-line text, stripped, of at most {@code max} characters. */
    String requiredText(JsonNode object, String field, String path, int max) {
        return present(object, field, path) ? optionalText(object, field, path, max, false) : null;
    }

    /** A required text that may hold line breaks and tabs (a summary). */
    String requiredParagraphs(JsonNode object, String field, String path, int max) {
        return present(object, field, path) ? optionalText(object, field, path, max, true) : null;
    }

    /** An optional single-line text; a blank one counts as left out. */
    String optionalText(JsonNode object, String field, String path, int max) {
        return optionalText(object, field, path, max, false);
    }

    private String optionalText(JsonNode object, String field, String path, int max, boolean paragraphs) {
        JsonNode node = object.get(field);
        if (absent(node)) {
            return null;
        }
        String at = path(path, field);
        if (!node.isTextual()) {
            error(at, "must be a string");
            return null;
        }
        String text = node.textValue().strip();
        if (text.codePointCount(0, text.length()) > max) {
            error(at, "must be at most " + max + " characters");
            return null;
        }
        // Control characters have no place in a title or a name and can hide text from reviewers
        // (or break a CSV consumer); a summary may keep its line breaks and tabs.
        boolean hidden = text.codePoints()
                .anyMatch(c -> Character.getType(c) == Character.CONTROL
                        && !(paragraphs && (c == '\n' || c == '\r' || c == '\t')));
        if (hidden) {
            error(
                    at,
                    paragraphs
                            ? "must not contain control characters other than line breaks and tabs"
                            : "must not contain control characters or line breaks");
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    /** Whether a required field is there and not blank; records why not. */
    private boolean present(JsonNode object, String field, String path) {
        JsonNode node = object.get(field);
        if (absent(node)) {
            error(path(path, field), "is required");
            return false;
        }
        if (node.isTextual() && node.textValue().isBlank()) {
            error(path(path, field), "must not be blank");
            return false;
        }
        return true;
    }

    /** One of an enumeration's wire names, or {@code null} when left out. */
    <E extends Enum<E>> E optionalChoice(
            JsonNode object, String field, String path, Function<String, Optional<E>> fromWire, E[] values) {
        JsonNode node = object.get(field);
        if (absent(node)) {
            return null;
        }
        Optional<E> choice = node.isTextual() ? fromWire.apply(node.textValue()) : Optional.empty();
        if (choice.isEmpty()) {
            String names = Arrays.stream(values).map(Object::toString).collect(Collectors.joining(", "));
            error(path(path, field), "must be one of " + names);
        }
        return choice.orElse(null);
    }

    <E extends Enum<E>> E requiredChoice(
            JsonNode object, String field, String path, Function<String, Optional<E>> fromWire, E[] values) {
        return present(object, field, path) ? optionalChoice(object, field, path, fromWire, values) : null;
    }

    /** A whole number from 0 to {@code max}, or {@code null} when left out. */
    Long optionalCount(JsonNode object, String field, String path, long max) {
        JsonNode node = object.get(field);
        if (absent(node)) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0 || node.longValue() > max) {
            error(path(path, field), "must be a whole number from 0 to " + String.format(Locale.ROOT, "%,d", max));
            return null;
        }
        return node.longValue();
    }

    /** A number from {@code min} to {@code max} (degrees), or {@code null} when left out. */
    Double optionalDegrees(JsonNode object, String field, String path, double min, double max) {
        JsonNode node = object.get(field);
        if (absent(node)) {
            return null;
        }
        if (!node.isNumber()
                || !Double.isFinite(node.doubleValue())
                || node.doubleValue() < min
                || node.doubleValue() > max) {
            error(path(path, field), "must be a number from " + (int) min + " to " + (int) max);
            return null;
        }
        return node.doubleValue();
    }

    /** An id in the canonical 8-4-4-4-12 form. */
    UUID requiredId(JsonNode object, String field, String path) {
        JsonNode node = object.get(field);
        if (absent(node)) {
            error(path(path, field), "is required");
            return null;
        }
        if (!node.isTextual() || !UUID_TEXT.matcher(node.textValue()).matches()) {
            error(path(path, field), "must be an id such as 3f2c4b1e-9a7d-4c55-8e21-0b6f5d2a9c10");
            return null;
        }
        return UUID.fromString(node.textValue());
    }

    static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }
}
