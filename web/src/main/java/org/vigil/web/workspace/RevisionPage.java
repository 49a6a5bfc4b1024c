package org.vigil.web.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.vigil.web.config.WebConfig;

/**
 * The author revises a claim the moderators sent back for changes: the claim as it stands and their
 * reasons beside the form. moderation-service keeps the earlier revisions and refuses anyone else's
 * claim (404).
 */
@Path("/my-reports/{report}/claims/{claim}/revise")
@Authenticated
public class RevisionPage {

    private final ModerationApi moderation;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final WebConfig config;

    RevisionPage(ModerationApi moderation, SecurityIdentity identity, ObjectMapper json, WebConfig config) {
        this.moderation = moderation;
        this.identity = identity;
        this.json = json;
        this.config = config;
    }

    @GET
    public Uni<Response> show(
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @CookieParam(CsrfToken.COOKIE) String csrfCookie,
            @PathParam("report") UUID report,
            @PathParam("claim") UUID claim) {
        return claimOf(report, claim)
                .chain(found -> render(
                        headers, uri, csrfCookie, found, RevisionForm.of(found, json), Map.of(), Response.Status.OK));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> revise(
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @CookieParam(CsrfToken.COOKIE) String csrfCookie,
            @PathParam("report") UUID report,
            @PathParam("claim") UUID claim,
            MultivaluedMap<String, String> fields) {
        if (!CsrfToken.matches(csrfCookie, fields.getFirst(CsrfToken.FIELD))) {
            throw new CrossSiteRequestRefused();
        }
        return claimOf(report, claim).chain(found -> {
            RevisionForm form = RevisionForm.of(found.property(), fields);
            return moderation
                    .revise(accessToken(), claim.toString(), form.toRevision(json))
                    .chain(errors -> errors.isEmpty()
                            ? Uni.createFrom().item(SeeOther.to("/my-reports"))
                            : render(headers, uri, csrfCookie, found, form, errors, Response.Status.BAD_REQUEST));
        });
    }

    private Uni<MyReports.Claim> claimOf(UUID report, UUID claim) {
        return moderation.report(accessToken(), report.toString()).map(found -> {
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
            HttpHeaders headers,
            UriInfo uri,
            String csrfCookie,
            MyReports.Claim claim,
            RevisionForm form,
            Map<String, String> errors,
            Response.Status status) {
        return WorkspacePage.render(
                headers,
                uri,
                csrfCookie,
                config.publicUrl(),
                status,
                (page, csrf) -> WorkspaceTemplates.revise(
                        page, Who.of(identity), claim, form, new FieldErrors(errors), csrf, uri.getPath()));
    }

    private String accessToken() {
        return identity.getCredential(AccessTokenCredential.class).getToken();
    }
}
