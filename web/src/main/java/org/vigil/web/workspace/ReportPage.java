package org.vigil.web.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The "Report" page, in two steps. First the source: paste one (sources-service preserves it) or
 * pick a registered one from those a search finds (or name it by its id or address). Then the
 * report: its text is shown, the contributor selects the quote in it, the figures, place and date
 * start from what the text suggests, and everything is sent to moderation-service, which checks it;
 * its field errors come back beside the fields.
 */
@Path("/report")
@Authenticated
public class ReportPage {

    @Inject
    ModerationApi moderation;

    @Inject
    SourcesApi sources;

    @Inject
    ObjectMapper json;

    @Inject
    Workspace workspace;

    /**
     * The first step; with {@code q}, the registered sources it finds to pick from (an id or a
     * source's address picks that one); with {@code source}, the second step for that source.
     */
    @GET
    public Uni<Response> show(
            @BeanParam WorkspaceRequest request,
            @QueryParam("source") String source,
            @QueryParam("q") String query,
            @QueryParam("cursor") String cursor) {
        String named = source != null && !source.isBlank() ? source : registeredQuery(query);
        if (named != null) {
            return registered(request, named);
        }
        if (!request.names("q")) {
            return sourceStep(request, SourceForm.empty(), SourceSearch.notAsked(), Map.of(), Response.Status.OK);
        }
        return sources.search(workspace.accessToken(), query == null ? "" : query, cursor)
                .chain(found -> sourceStep(request, SourceForm.empty(), found, Map.of(), Response.Status.OK));
    }

    /** The pasted source is registered, then the report is written against it. */
    @POST
    @Path("/source")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> paste(@BeanParam WorkspaceRequest request, MultivaluedMap<String, String> fields) {
        request.refuseCrossSite(fields.getFirst(CsrfToken.FIELD));
        SourceForm form = SourceForm.of(fields);
        return sources.register(workspace.accessToken(), form).chain(answer -> {
            if (answer instanceof SourcesApi.Registration.Refused refused) {
                return sourceStep(
                        request, form, SourceSearch.notAsked(), refused.errors(), Response.Status.BAD_REQUEST);
            }
            return reportStep(request, ((SourcesApi.Registration.Registered) answer).source());
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> send(@BeanParam WorkspaceRequest request, MultivaluedMap<String, String> fields) {
        request.refuseCrossSite(fields.getFirst(CsrfToken.FIELD));
        ReportForm form = ReportForm.of(fields);
        return moderation.submit(workspace.accessToken(), form.toReport(json)).chain(answer -> {
            if (answer instanceof Submission.Refused refused) {
                return workspace.render(
                        request,
                        Response.Status.BAD_REQUEST,
                        (page, who, csrf) -> WorkspaceTemplates.report(
                                page, who, form, List.of(), new FieldErrors(refused.errors()), csrf));
            }
            // the page of one's reports shows the new one first; the id in the URL is the sender's own
            String id = ((Submission.Accepted) answer).reportId();
            return Uni.createFrom().item(SeeOther.to("/my-reports?sent=" + id));
        });
    }

    private Uni<Response> registered(WorkspaceRequest request, String named) {
        UUID id = registeredId(named);
        if (id == null) {
            return unknownSource(request, Response.Status.OK);
        }
        return sources.source(workspace.accessToken(), id.toString(), null)
                .chain(found ->
                        found == null ? unknownSource(request, Response.Status.NOT_FOUND) : reportStep(request, found));
    }

    private Uni<Response> unknownSource(WorkspaceRequest request, Response.Status status) {
        return sourceStep(request, SourceForm.empty(), SourceSearch.notAsked(), Map.of("source", "unknown"), status);
    }

    private Uni<Response> reportStep(WorkspaceRequest request, RegisteredSource source) {
        return sources.suggestions(workspace.accessToken(), source.id(), source.version())
                .chain(suggestions -> workspace.render(
                        request,
                        Response.Status.OK,
                        (page, who, csrf) -> WorkspaceTemplates.report(
                                page,
                                who,
                                ReportForm.citing(source, suggestions),
                                suggestions,
                                new FieldErrors(Map.of()),
                                csrf)));
    }

    private Uni<Response> sourceStep(
            WorkspaceRequest request,
            SourceForm form,
            SourceSearch search,
            Map<String, String> errors,
            Response.Status status) {
        return workspace.render(
                request,
                status,
                (page, who, csrf) ->
                        WorkspaceTemplates.reportSource(page, who, form, search, new FieldErrors(errors), csrf));
    }

    /** A search that is a registered source's id or address names that source; words are searched for. */
    private static String registeredQuery(String query) {
        return query != null && registeredId(query) != null ? query : null;
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
}
