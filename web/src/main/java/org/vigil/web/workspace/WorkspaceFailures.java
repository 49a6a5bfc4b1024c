package org.vigil.web.workspace;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** What a refused workspace request answers: problem+json, and nothing changed. */
public class WorkspaceFailures {

    @ServerExceptionMapper
    public Response crossSite(CrossSiteRequestRefused refused) {
        return Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.valueOf("application/problem+json"))
                .entity(
                        "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                                + "\"detail\":\"The form did not come from this site's page. Reload the page and send it again.\"}")
                .build();
    }
}
