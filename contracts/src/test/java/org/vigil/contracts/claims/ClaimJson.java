package org.vigil.contracts.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.vigil.contracts.problem.FieldError;
import org.vigil.contracts.vocabulary.ClaimProperty;

/** Claim values for tests, written as JSON with single quotes to keep them readable. */
final class ClaimJson {

    static final String AT = "claims[0].value";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimJson() {}

    static JsonNode json(String singleQuoted) {
        try {
            return JSON.readTree(singleQuoted.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The errors of a value as the value of claim 0 of a request. */
    static List<FieldError> check(ClaimProperty property, String value) {
        return ClaimValues.check(property, json(value), AT);
    }

    static void assertOnlyError(List<FieldError> errors, String field, String message) {
        assertEquals(List.of(new FieldError(field, message)), errors);
    }

    /** A text one character longer than {@code limit}, put where {@code %s} stands in {@code value}, is its one error. */
    static void assertRefusedOverLimit(ClaimProperty property, String value, String field, int limit) {
        assertOnlyError(
                check(property, value.formatted("x".repeat(limit + 1))),
                AT + "." + field,
                "must be at most " + limit + " characters");
    }
}
