package org.vigil.web.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;

/**
 * The author revises a claim the moderators sent back for changes: the claim as it stands and their
 * reasons beside the form. moderation-service keeps the earlier revisions and refuses anyone else's
 * claim (404).
 */
@Path("/my-reports/{report}/claims/{claim}/revise")
@Authenticated
public class RevisionPage {

    @Inject
    ModerationApi moderation;

    @Inject
    ObjectMapper json;

    @Inject
    Workspace workspace;

    @GET
    public Uni<Response> show(
            @BeanParam WorkspaceRequest request, @PathParam("report") UUID report, @PathParam("claim") UUID claim) {
        return claimOf(report, claim)
                .chain(found -> render(request, found, RevisionForm.of(found, json), Map.of(), Response.Status.OK));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> revise(
            @BeanParam WorkspaceRequest request,
            @PathParam("report") UUID report,
            @PathParam("claim") UUID claim,
            MultivaluedMap<String, String> fields) {
        request.refuseCrossSite(fields.getFirst(CsrfToken.FIELD));
        return claimOf(report, claim).chain(found -> {
            RevisionForm form = RevisionForm.of(found.property(), fields);
            return moderation
                    .revise(workspace.accessToken(), claim.toString(), form.toRevision(json))
                    .chain(errors -> errors.isEmpty()
                            ? Uni.createFrom().item(SeeOther.to("/my-reports"))
                            : render(request, found, form, errors, Response.Status.BAD_REQUEST));
        });
    }

    private Uni<MyReports.Claim> claimOf(UUID report, UUID claim) {
        return moderation.report(workspace.accessToken(), report.toString()).map(found -> {
            if (found == null) {
                throw new NotFoundException();
            }
            return found.claims().stream()
                    .filter(one -> claim.toString().equals(one.id()))
                    .findFirst()
                    .orElseThrow(NotFoundException::new);
        });
    }

    private Uni<Response> render(
            WorkspaceRequest request,
            MyReports.Claim claim,
            RevisionForm form,
            Map<String, String> errors,
            Response.Status status) {
        return workspace.render(
                request,
                status,
                (page, who, csrf) -> WorkspaceTemplates.revise(
                        page, who, claim, form, new FieldErrors(errors), csrf, request.path()));
    }
}
