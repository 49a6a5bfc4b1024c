package org.vigil.contracts.claims;

import java.util.List;
import java.util.stream.Collectors;
import org.vigil.contracts.problem.FieldError;

/** A claim value that does not have the shape its property requires; carries every field error. */
public class InvalidClaimValue extends IllegalArgumentException {

    private final transient List<FieldError> errors;

    public InvalidClaimValue(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
