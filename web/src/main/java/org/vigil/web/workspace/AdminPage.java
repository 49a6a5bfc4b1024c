package org.vigil.web.workspace;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;

/**
 * The admins' page: whether the audit chain is intact (moderation-service walks it), and the
 * publishers with the rating readers see beside every figure they are the source of.
 */
@Path("/admin")
@RolesAllowed("admin")
public class AdminPage {

    @Inject
    ModerationApi moderation;

    @Inject
    SourcesApi sources;

    @Inject
    Workspace workspace;

    @GET
    public Uni<Response> show(@BeanParam WorkspaceRequest request, @QueryParam("rated") String rated) {
        return render(request, Map.of(), rated != null, Response.Status.OK);
    }

    @POST
    @Path("/publishers/{id}")
    public Uni<Response> rate(
            @BeanParam WorkspaceForm request, @PathParam("id") UUID id, @FormParam("rating") String rating) {
        request.refuseCrossSite();
        return sources.rate(workspace.accessToken(), id.toString(), rating == null ? "" : rating)
                .chain(errors -> errors.isEmpty()
                        ? Uni.createFrom().item(SeeOther.to("/admin?rated"))
                        : render(request, errors, false, Response.Status.BAD_REQUEST));
    }

    private Uni<Response> render(
            WorkspaceRequest request, Map<String, String> errors, boolean rated, Response.Status status) {
        String token = workspace.accessToken();
        return Uni.combine()
                .all()
                .unis(moderation.verifyAudit(token), sources.publishers(token))
                .asTuple()
                .chain(found -> workspace.render(
                        request,
                        status,
                        (page, who, csrf) -> WorkspaceTemplates.admin(
                                page, who, found.getItem1(), found.getItem2(), new FieldErrors(errors), rated, csrf)));
    }
}
