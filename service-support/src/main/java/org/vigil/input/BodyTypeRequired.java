package org.vigil.input;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request with a body must say what the body is: a POST, PUT or PATCH carrying bytes without
 * {@code Content-Type} is a 415, never guessed at. A body-less POST (an act like {@code withdraw})
 * needs none. Only when {@code vigil.input.strict} is on.
 */
@Provider
@PreMatching
public class BodyTypeRequired implements ContainerRequestFilter {

    private static final Set<String> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    @Inject
    @ConfigProperty(name = "vigil.input.strict", defaultValue = "false")
    boolean strict;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!strict
                || !WITH_BODY.contains(request.getMethod())
                || request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null) {
            return;
        }
        if (hasBody(request)) {
            // answered as a 415 problem by the shared mappers
            throw new NotSupportedException("the request has a body but no Content-Type; send application/json");
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.strip().equals("0");
        }
        return request.getHeaderString("Transfer-Encoding") != null;
    }
}
