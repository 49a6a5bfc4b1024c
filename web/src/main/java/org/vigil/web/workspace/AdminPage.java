package org.vigil.web.workspace;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.vigil.web.config.WebConfig;

/**
 * The admins' page: whether the audit chain is intact (moderation-service walks it), and the
 * publishers with the rating readers see beside every figure they are the source of.
 */
@Path("/admin")
@RolesAllowed("admin")
public class AdminPage {

    private final ModerationApi moderation;
    private final SourcesApi sources;
    private final SecurityIdentity identity;
    private final WebConfig config;

    AdminPage(ModerationApi moderation, SourcesApi sources, SecurityIdentity identity, WebConfig config) {
        this.moderation = moderation;
        this.sources = sources;
        this.identity = identity;
        this.config = config;
    }

    @GET
    public Uni<Response> show(
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @CookieParam(CsrfToken.COOKIE) String csrfCookie,
            @QueryParam("rated") String rated) {
        return render(headers, uri, csrfCookie, Map.of(), rated != null, Response.Status.OK);
    }

    @POST
    @Path("/publishers/{id}")
    public Uni<Response> rate(
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @PathParam("id") UUID id,
            @CookieParam(CsrfToken.COOKIE) String csrfCookie,
            @FormParam(CsrfToken.FIELD) String csrf,
            @FormParam("rating") String rating) {
        if (!CsrfToken.matches(csrfCookie, csrf)) {
            throw new CrossSiteRequestRefused();
        }
        return sources.rate(accessToken(), id.toString(), rating == null ? "" : rating)
                .chain(errors -> errors.isEmpty()
                        ? Uni.createFrom().item(SeeOther.to("/admin?rated"))
                        : render(headers, uri, csrfCookie, errors, false, Response.Status.BAD_REQUEST));
    }

    private Uni<Response> render(
            HttpHeaders headers,
            UriInfo uri,
            String csrfCookie,
            Map<String, String> errors,
            boolean rated,
            Response.Status status) {
        String token = accessToken();
        return Uni.combine()
                .all()
                .unis(moderation.verifyAudit(token), sources.publishers(token))
                .asTuple()
                .chain(found -> WorkspacePage.render(
                        headers,
                        uri,
                        csrfCookie,
                        config.publicUrl(),
                        status,
                        (page, csrf) -> WorkspaceTemplates.admin(
                                page,
                                Who.of(identity),
                                found.getItem1(),
                                found.getItem2(),
                                new FieldErrors(errors),
                                rated,
                                csrf)));
    }

    private String accessToken() {
        return identity.getCredential(AccessTokenCredential.class).getToken();
    }
}
