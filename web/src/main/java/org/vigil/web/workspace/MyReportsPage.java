package org.vigil.web.workspace;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.vigil.web.config.WebConfig;

/**
 * "My reports": each of the contributor's claims with its status and the moderators' reasons,
 * and the withdrawal of a report still pending. The page shows no name: moderation-service knows
 * who is asking from the token, and the page needs nothing more.
 */
@Path("/my-reports")
@Authenticated
public class MyReportsPage {

    private final ModerationApi moderation;
    private final SecurityIdentity identity;
    private final WebConfig config;

    MyReportsPage(ModerationApi moderation, SecurityIdentity identity, WebConfig config) {
        this.config = config;
        this.moderation = moderation;
        this.identity = identity;
    }

    @GET
    public Uni<Response> show(
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @CookieParam(CsrfToken.COOKIE) String csrfCookie,
            @jakarta.ws.rs.QueryParam("sent") String sent) {
        return moderation
                .myReports(accessToken())
                .chain(reports -> WorkspacePage.render(
                        headers,
                        uri,
                        csrfCookie,
                        config.publicUrl(),
                        Response.Status.OK,
                        (page, csrf) ->
                                WorkspaceTemplates.myReports(page, Who.of(identity), reports, csrf, sent != null)));
    }

    @POST
    @Path("/{id}/withdraw")
    public Uni<Response> withdraw(
            @PathParam("id") UUID id,
            @FormParam(CsrfToken.FIELD) String csrf,
            @CookieParam(CsrfToken.COOKIE) String csrfCookie) {
        if (!CsrfToken.matches(csrfCookie, csrf)) {
            throw new CrossSiteRequestRefused();
        }
        return moderation.withdraw(accessToken(), id.toString()).map(nothing -> SeeOther.to("/my-reports"));
    }

    private String accessToken() {
        return identity.getCredential(AccessTokenCredential.class).getToken();
    }
}
