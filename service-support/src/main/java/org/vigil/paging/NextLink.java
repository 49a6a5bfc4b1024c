package org.vigil.paging;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Sends {@code Link: <…>; rel="next"} with every page that has one (RFC 8288). The link is
 * relative to the host, so it holds as well behind the gateway, which serves the same paths, and
 * it keeps every other query parameter of the request.
 */
public class NextLink {

    @ServerResponseFilter
    public void linkNext(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Page<?> page && page.nextCursor() != null) {
            response.getHeaders()
                    .add(HttpHeaders.LINK, header(request.getUriInfo().getRequestUri(), page.nextCursor()));
        }
    }

    /**
     * The {@code Link} header's value for the page after the one {@code requestUri} asked for: what
     * this filter adds to a {@link Page}, for a list that answers its JSON already written.
     */
    public static String header(URI requestUri, String nextCursor) {
        return "<" + next(requestUri.getRawPath(), requestUri.getRawQuery(), nextCursor) + ">; rel=\"next\"";
    }

    /** {@code path?query} with {@code cursor} replaced by {@code nextCursor}. */
    static String next(String path, String rawQuery, String nextCursor) {
        StringJoiner query = new StringJoiner("&");
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (!pair.isEmpty() && !pair.equals("cursor") && !pair.startsWith("cursor=")) {
                    query.add(pair);
                }
            }
        }
        query.add("cursor=" + URLEncoder.encode(nextCursor, StandardCharsets.UTF_8));
        return path + "?" + query;
    }
}
