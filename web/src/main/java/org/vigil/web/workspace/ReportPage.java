package org.vigil.web.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;
import org.vigil.web.config.WebConfig;
import org.vigil.web.page.Page;
import org.vigil.web.page.Pages;
import org.vigil.web.page.Reader;

/**
 * The "Report" page: paste a source, select the quote in its text, say what happened where and
 * when, send. moderation-service checks everything; its field errors come back beside the fields.
 */
@Path("/report")
@Authenticated
public class ReportPage {

    private final ModerationApi moderation;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final WebConfig config;

    ReportPage(ModerationApi moderation, SecurityIdentity identity, ObjectMapper json, WebConfig config) {
        this.config = config;
        this.moderation = moderation;
        this.identity = identity;
        this.json = json;
    }

    @GET
    public Uni<Response> show(
            @Context HttpHeaders headers, @Context UriInfo uri, @CookieParam(CsrfToken.COOKIE) String csrfCookie) {
        return render(headers, uri, csrfCookie, ReportForm.empty(), Map.of(), Response.Status.OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> send(
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @CookieParam(CsrfToken.COOKIE) String csrfCookie,
            MultivaluedMap<String, String> fields) {
        if (!CsrfToken.matches(csrfCookie, fields.getFirst(CsrfToken.FIELD))) {
            throw new CrossSiteRequestRefused();
        }
        ReportForm form = ReportForm.of(fields);
        String token = identity.getCredential(AccessTokenCredential.class).getToken();
        return moderation.submit(token, form.toReport(json)).chain(answer -> {
            if (answer instanceof Submission.Refused refused) {
                return render(headers, uri, csrfCookie, form, refused.errors(), Response.Status.BAD_REQUEST);
            }
            // the page of one's reports shows the new one first; the id in the URL is the sender's own
            String id = ((Submission.Accepted) answer).reportId();
            return Uni.createFrom()
                    .item(Response.seeOther(URI.create("/my-reports?sent=" + id))
                            .build());
        });
    }

    private Uni<Response> render(
            HttpHeaders headers,
            UriInfo uri,
            String csrfCookie,
            ReportForm form,
            Map<String, String> errors,
            Response.Status status) {
        Page page = Reader.page(headers, uri);
        String csrf = CsrfToken.current(csrfCookie);
        return WorkspaceTemplates.report(page, form, new FieldErrors(errors), csrf)
                .setAttribute("locale", page.language().locale())
                .createUni()
                .map(html -> Response.fromResponse(Pages.html(status, page, html))
                        .cookie(CsrfToken.cookie(csrf, config.publicUrl()))
                        .header("Cache-Control", "no-store")
                        .build());
    }
}
