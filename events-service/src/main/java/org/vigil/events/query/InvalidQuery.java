package org.vigil.events.query;

import java.util.List;

/** A read of the public record was asked with parameters it cannot take; nothing was read. */
public class InvalidQuery extends RuntimeException {

    /** One bad parameter and what is wrong with it. */
    public record Parameter(String name, String problem) {}

    private final transient List<Parameter> parameters;

    public InvalidQuery(List<Parameter> parameters) {
        super(parameters.size() + " invalid parameter(s)");
        this.parameters = List.copyOf(parameters);
    }

    public static InvalidQuery of(String parameter, String problem) {
        return new InvalidQuery(List.of(new Parameter(parameter, problem)));
    }

    public List<Parameter> parameters() {
        return parameters;
    }
}
