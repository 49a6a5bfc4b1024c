package org.vigil.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.vigil.contracts.problem.FieldError;
import org.vigil.contracts.problem.ProblemType;

/**
 * An RFC 9457 problem details body. {@code type} is a stable URI per kind of problem that clients
 * may switch on (one of {@link ProblemType}); {@code errors} names the offending fields of bad input.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = ProblemType.MEDIA_TYPE;

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri().toString(), type.title(), type.status(), detail, List.of());
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        ProblemType type = ProblemType.INVALID_INPUT;
        return new Problem(type.uri().toString(), type.title(), type.status(), detail, List.copyOf(errors));
    }
}
