package org.vigil.web.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.vigil.web.config.WebConfig;
import org.vigil.web.page.Page;

/**
 * The "Report" page, in two steps. First the source: paste one (sources-service preserves it) or
 * name a registered one. Then the report: its text is shown, the contributor selects the quote in
 * it, the figures, place and date start from what the text suggests, and everything is sent to
 * moderation-service, which checks it; its field errors come back beside the fields.
 */
@Path("/report")
@Authenticated
public class ReportPage {

    private final ModerationApi moderation;
    private final SourcesApi sources;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final WebConfig config;

    ReportPage(
            ModerationApi moderation,
            SourcesApi sources,
            SecurityIdentity identity,
            ObjectMapper json,
            WebConfig config) {
        this.moderation = moderation;
        this.sources = sources;
        this.identity = identity;
        this.json = json;
        this.config = config;
    }

    /** The first step; with {@code source}, the second for that registered source. */
    @GET
    public Uni<Response> show(
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @CookieParam(CsrfToken.COOKIE) String csrfCookie,
            @QueryParam("source") String source) {
        if (source == null || source.isBlank()) {
            return sourceStep(headers, uri, csrfCookie, SourceForm.empty(), Map.of(), Response.Status.OK);
        }
        UUID id = registeredId(source);
        if (id == null) {
            return sourceStep(
                    headers, uri, csrfCookie, SourceForm.empty(), Map.of("source", "unknown"), Response.Status.OK);
        }
        String token = accessToken();
        return sources.source(token, id.toString(), null)
                .chain(found -> found == null
                        ? sourceStep(
                                headers,
                                uri,
                                csrfCookie,
                                SourceForm.empty(),
                                Map.of("source", "unknown"),
                                Response.Status.NOT_FOUND)
                        : reportStep(headers, uri, csrfCookie, found));
    }

    /** The pasted source is registered, then the report is written against it. */
    @POST
    @Path("/source")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> paste(
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @CookieParam(CsrfToken.COOKIE) String csrfCookie,
            MultivaluedMap<String, String> fields) {
        refuseCrossSite(csrfCookie, fields);
        SourceForm form = SourceForm.of(fields);
        return sources.register(accessToken(), form).chain(answer -> {
            if (answer instanceof SourcesApi.Registration.Refused refused) {
                return sourceStep(headers, uri, csrfCookie, form, refused.errors(), Response.Status.BAD_REQUEST);
            }
            return reportStep(headers, uri, csrfCookie, ((SourcesApi.Registration.Registered) answer).source());
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> send(
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @CookieParam(CsrfToken.COOKIE) String csrfCookie,
            MultivaluedMap<String, String> fields) {
        refuseCrossSite(csrfCookie, fields);
        ReportForm form = ReportForm.of(fields);
        return moderation.submit(accessToken(), form.toReport(json)).chain(answer -> {
            if (answer instanceof Submission.Refused refused) {
                return render(
                        headers,
                        uri,
                        csrfCookie,
                        Response.Status.BAD_REQUEST,
                        (page, csrf) -> WorkspaceTemplates.report(
                                page, Who.of(identity), form, List.of(), new FieldErrors(refused.errors()), csrf));
            }
            // the page of one's reports shows the new one first; the id in the URL is the sender's own
            String id = ((Submission.Accepted) answer).reportId();
            return Uni.createFrom().item(SeeOther.to("/my-reports?sent=" + id));
        });
    }

    private Uni<Response> reportStep(HttpHeaders headers, UriInfo uri, String csrfCookie, RegisteredSource source) {
        return sources.suggestions(accessToken(), source.id(), source.version())
                .chain(suggestions -> render(
                        headers,
                        uri,
                        csrfCookie,
                        Response.Status.OK,
                        (page, csrf) -> WorkspaceTemplates.report(
                                page,
                                Who.of(identity),
                                ReportForm.citing(source, suggestions),
                                suggestions,
                                new FieldErrors(Map.of()),
                                csrf)));
    }

    private Uni<Response> sourceStep(
            HttpHeaders headers,
            UriInfo uri,
            String csrfCookie,
            SourceForm form,
            Map<String, String> errors,
            Response.Status status) {
        return render(
                headers,
                uri,
                csrfCookie,
                status,
                (page, csrf) ->
                        WorkspaceTemplates.reportSource(page, Who.of(identity), form, new FieldErrors(errors), csrf));
    }

    private Uni<Response> render(
            HttpHeaders headers,
            UriInfo uri,
            String csrfCookie,
            Response.Status status,
            BiFunction<Page, String, TemplateInstance> template) {
        return WorkspacePage.render(headers, uri, csrfCookie, config.publicUrl(), status, template);
    }

    /** A registered source's id, or the id at the end of its address ({@code .../sources/<id>}). */
    static UUID registeredId(String given) {
        String value = given.strip();
        int slash = value.lastIndexOf('/');
        try {
            return UUID.fromString(value.substring(slash + 1));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static void refuseCrossSite(String csrfCookie, MultivaluedMap<String, String> fields) {
        if (!CsrfToken.matches(csrfCookie, fields.getFirst(CsrfToken.FIELD))) {
            throw new CrossSiteRequestRefused();
        }
    }

    private String accessToken() {
        return identity.getCredential(AccessTokenCredential.class).getToken();
    }
}
