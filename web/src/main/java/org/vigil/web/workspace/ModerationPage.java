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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vigil.web.api.PublicApi;
import org.vigil.web.api.PublicEvent;

/**
 * The moderators' workspace: the queue with its filters, and one claim beside its source's
 * preserved text with the quote marked, where a moderator approves, rejects or asks for changes.
 * moderation-service enforces who may decide what (never one's own claim; two for sensitive ones).
 */
@Path("/moderation")
@RolesAllowed("moderator")
public class ModerationPage {

    static final List<String> DECISIONS = List.of("approve", "reject", "request_changes");

    @Inject
    ModerationApi moderation;

    @Inject
    SourcesApi sources;

    @Inject
    PublicApi events;

    @Inject
    Workspace workspace;

    /** How many possible duplicates the claim page sets beside the claim. */
    static final int DUPLICATES_SHOWN = 4;

    @GET
    public Uni<Response> queue(
            @BeanParam WorkspaceRequest request,
            @QueryParam("status") String status,
            @QueryParam("property") String property,
            @QueryParam("sensitive") String sensitive) {
        Map<String, String> filters = new LinkedHashMap<>();
        putIfGiven(filters, "status", status);
        putIfGiven(filters, "property", property);
        putIfGiven(filters, "sensitive", sensitive);
        QueueFilter filter = new QueueFilter(valueOrEmpty(status), valueOrEmpty(property), valueOrEmpty(sensitive));
        return moderation
                .queue(workspace.accessToken(), filters)
                .chain(claims -> workspace.render(
                        request,
                        Response.Status.OK,
                        (page, who, csrf) -> WorkspaceTemplates.queue(page, who, claims, filter)));
    }

    @GET
    @Path("/claims/{id}")
    public Uni<Response> claim(
            @BeanParam WorkspaceRequest request, @PathParam("id") UUID id, @QueryParam("act") String act) {
        return render(request, id, Map.of(), "", Response.Status.OK, outcome(act));
    }

    /** Retracts an approved claim; an event (its existence claim) waits for a second moderator. */
    @POST
    @Path("/claims/{id}/retract")
    public Uni<Response> retract(
            @BeanParam WorkspaceForm request, @PathParam("id") UUID id, @FormParam("reason") String reason) {
        request.refuseCrossSite();
        String given = reason == null ? "" : reason;
        return moderation
                .retract(workspace.accessToken(), id.toString(), given)
                .chain(act -> act.isRefused()
                        ? render(request, id, act.errors(), given, Response.Status.BAD_REQUEST, "")
                        : Uni.createFrom().item(SeeOther.to("/moderation/claims/" + id + "?act=" + act.outcome())));
    }

    /** The merge form, filled in from a claim's possible duplicate when it came from one. */
    @GET
    @Path("/merge")
    public Uni<Response> mergeForm(
            @BeanParam WorkspaceRequest request,
            @QueryParam("event") UUID event,
            @QueryParam("into") UUID into,
            @QueryParam("act") String act) {
        MergeForm form = new MergeForm(
                event == null ? "" : event.toString(), into == null ? "" : into.toString(), "", outcome(act));
        return mergePage(request, form, Map.of(), Response.Status.OK);
    }

    /** Proposes a merge, or confirms one another moderator proposed: the same request. */
    @POST
    @Path("/merge")
    public Uni<Response> merge(
            @BeanParam WorkspaceForm request,
            @FormParam("event") String event,
            @FormParam("into") String into,
            @FormParam("reason") String reason) {
        request.refuseCrossSite();
        MergeForm form = new MergeForm(
                event == null ? "" : event.strip(), into == null ? "" : into.strip(), reason == null ? "" : reason, "");
        Map<String, String> invalid = new LinkedHashMap<>();
        if (ReportPage.registeredId(form.event()) == null) {
            invalid.put("event", "?");
        }
        if (ReportPage.registeredId(form.into()) == null) {
            invalid.put("into", "?");
        }
        if (!invalid.isEmpty()) {
            return mergePage(request, form, invalid, Response.Status.BAD_REQUEST);
        }
        return moderation
                .merge(
                        workspace.accessToken(),
                        ReportPage.registeredId(form.event()).toString(),
                        ReportPage.registeredId(form.into()).toString(),
                        form.reason())
                .chain(act -> act.isRefused()
                        ? mergePage(request, form, act.errors(), Response.Status.BAD_REQUEST)
                        : Uni.createFrom().item(SeeOther.to("/moderation/merge?act=" + act.outcome())));
    }

    /** The events to merge as the moderator typed them, and what became of the last merge asked for. */
    public record MergeForm(String event, String into, String reason, String act) {}

    private Uni<Response> mergePage(
            WorkspaceRequest request, MergeForm form, Map<String, String> errors, Response.Status status) {
        return workspace.render(
                request,
                status,
                (page, who, csrf) -> WorkspaceTemplates.merge(page, who, form, new FieldErrors(errors), csrf));
    }

    /** Only the outcomes this page redirects with; anything else in the address shows nothing. */
    private static String outcome(String act) {
        return "proposed".equals(act) || "done".equals(act) ? act : "";
    }

    @POST
    @Path("/claims/{id}/decision")
    public Uni<Response> decide(
            @BeanParam WorkspaceForm request,
            @PathParam("id") UUID id,
            @FormParam("decision") String decision,
            @FormParam("reason") String reason) {
        request.refuseCrossSite();
        return moderation
                .decide(workspace.accessToken(), id.toString(), decision == null ? "" : decision, reason)
                .chain(errors -> errors.isEmpty()
                        ? Uni.createFrom().item(SeeOther.to("/moderation"))
                        : render(request, id, errors, reason == null ? "" : reason, Response.Status.BAD_REQUEST, ""));
    }

    private Uni<Response> render(
            WorkspaceRequest request,
            UUID id,
            Map<String, String> errors,
            String reason,
            Response.Status status,
            String act) {
        String token = workspace.accessToken();
        return moderation
                .claim(token, id.toString())
                .chain(claim -> {
                    if (claim == null) {
                        throw new jakarta.ws.rs.NotFoundException();
                    }
                    Uni<List<Duplicate>> duplicates = duplicates(claim);
                    if (claim.citations().isEmpty()) {
                        return duplicates.map(
                                found -> new ClaimView(claim, null, QuotedText.of("", null, null, null), found));
                    }
                    QueueClaim.Citation cited = claim.citations().get(0);
                    return Uni.combine()
                            .all()
                            .unis(sources.text(token, cited.source().id(), cited.sourceVersion()), duplicates)
                            .with((text, found) -> new ClaimView(
                                    claim,
                                    cited,
                                    QuotedText.of(
                                            text,
                                            cited.quote().exact(),
                                            cited.quote().start(),
                                            cited.quote().end()),
                                    found));
                })
                .chain(view -> workspace.render(
                        request,
                        status,
                        (page, who, csrf) ->
                                WorkspaceTemplates.claim(page, who, view, new FieldErrors(errors), reason, csrf, act)));
    }

    /**
     * The public events moderation-service found like the claim's, as the record shows them, to set
     * beside it; one that is no longer public (retracted, merged) is named by its id alone.
     */
    private Uni<List<Duplicate>> duplicates(QueueClaim claim) {
        List<String> ids = claim.possibleDuplicates().stream()
                .filter(id -> ReportPage.registeredId(id) != null)
                .limit(DUPLICATES_SHOWN)
                .toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.join()
                .all(ids.stream()
                        .map(id -> events.published(UUID.fromString(id))
                                .map(event -> new Duplicate(id, event))
                                .onFailure()
                                .recoverWithItem(new Duplicate(id, null)))
                        .toList())
                .andFailFast();
    }

    /** A possible duplicate: its id, and the event as the public record has it (null when it has not). */
    public record Duplicate(String id, PublicEvent event) {}

    /** A claim, the citation shown beside it, that citation's source text with the quote marked, its possible duplicates. */
    public record ClaimView(
            QueueClaim claim, QueueClaim.Citation citation, QuotedText text, List<Duplicate> duplicates) {

        public List<String> decisions() {
            return DECISIONS;
        }
    }

    /** The queue's filters as the moderator set them. */
    public record QueueFilter(String status, String property, String sensitive) {

        public List<String> statuses() {
            return List.of("pending", "approved", "rejected", "changes_requested", "withdrawn", "retracted");
        }

        public List<String> properties() {
            return List.of(
                    "existence",
                    "date",
                    "place",
                    "attendance",
                    "injured",
                    "killed",
                    "arrested",
                    "actor",
                    "summary",
                    "campaign",
                    "relation");
        }
    }

    private static void putIfGiven(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value);
        }
    }

    private static String valueOrEmpty(String value) {
        return value == null ? "" : value;
    }
}
