package org.vigil.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code type} is a stable URI per kind of problem that clients
 * may switch on; {@code errors} names the offending fields of bad input.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPES = "https://vigil.example/problems/";

    public record FieldError(String field, String message) {}

    public static Problem of(String kind, String title, int status, String detail) {
        return new Problem(TYPES + kind, title, status, detail, List.of());
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem(TYPES + "invalid-input", "Invalid input", 400, detail, List.copyOf(errors));
    }
}
