package org.vigil.web.workspace;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The answer to a form that worked: a 303 to a page of this site. Its {@code Location} stays
 * relative. {@code Response.seeOther(URI)} would make it absolute with the host the request reached,
 * which behind the gateway is this app's own address; the browser's {@code form-action 'self'} then
 * refuses that redirect and the form seems to do nothing.
 */
final class SeeOther {

    private SeeOther() {}

    /** {@code path} starts with {@code /}: a place on this site, never another. */
    static Response to(String path) {
        return Response.status(Response.Status.SEE_OTHER)
                .header(HttpHeaders.LOCATION, path)
                .build();
    }
}
