package org.vigil.web.workspace;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * "My reports": each of the contributor's claims with its status and the moderators' reasons,
 * and the withdrawal of a report still pending. The page shows no name: moderation-service knows
 * who is asking from the token, and the page needs nothing more.
 */
@Path("/my-reports")
@Authenticated
public class MyReportsPage {

    @Inject
    ModerationApi moderation;

    @Inject
    Workspace workspace;

    @GET
    public Uni<Response> show(@BeanParam WorkspaceRequest request, @QueryParam("sent") String sent) {
        return moderation
                .myReports(workspace.accessToken())
                .chain(reports -> workspace.render(
                        request,
                        Response.Status.OK,
                        (page, who, csrf) -> WorkspaceTemplates.myReports(page, who, reports, csrf, sent != null)));
    }

    @POST
    @Path("/{id}/withdraw")
    public Uni<Response> withdraw(@BeanParam WorkspaceForm request, @PathParam("id") UUID id) {
        request.refuseCrossSite();
        return moderation.withdraw(workspace.accessToken(), id.toString()).map(nothing -> SeeOther.to("/my-reports"));
    }
}
