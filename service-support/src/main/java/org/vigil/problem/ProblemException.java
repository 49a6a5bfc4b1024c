package org.vigil.problem;

import java.util.List;
import org.vigil.contracts.problem.FieldError;
import org.vigil.contracts.problem.ProblemType;

/** Thrown by a use case to answer the caller with a problem and change nothing. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public ProblemException(ProblemType type, String detail) {
        this(Problem.of(type, detail));
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.invalid(field + ": " + message, List.of(new FieldError(field, message))));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(Problem.invalid(detail, errors));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " does not exist");
    }

    public static ProblemException forbidden(String why) {
        return new ProblemException(ProblemType.FORBIDDEN, why);
    }

    public static ProblemException conflict(String why) {
        return new ProblemException(ProblemType.CONFLICT, why);
    }
}
