package org.vigil.input;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.problem.ProblemException;

/**
 * Query parameters and path segments, decoded, must be acceptable text ({@link TextValues}) before
 * any resource sees them: {@code ?q=a%00b} is a 400 naming {@code q}, not a database error. Only
 * when {@code vigil.input.strict} is on.
 */
@Provider
@PreMatching
public class TextParameters implements ContainerRequestFilter {

    private final boolean strict;

    public TextParameters(@ConfigProperty(name = "vigil.input.strict", defaultValue = "false") boolean strict) {
        this.strict = strict;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!strict) {
            return;
        }
        MultivaluedMap<String, String> query;
        String path;
        try {
            query = request.getUriInfo().getQueryParameters(true);
            path = request.getUriInfo().getPath(true);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("uri", "is not valid percent-encoded UTF-8");
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String nameProblem = TextValues.problemWith(parameter.getKey());
            if (nameProblem != null) {
                throw ProblemException.invalid("query", "a parameter name " + nameProblem);
            }
            for (String value : parameter.getValue()) {
                String problem = TextValues.problemWith(value);
                if (problem != null) {
                    throw ProblemException.invalid(parameter.getKey(), problem);
                }
            }
        }
        String problem = TextValues.problemWith(path);
        if (problem != null) {
            throw ProblemException.invalid("path", problem);
        }
    }
}
