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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vigil.web.config.WebConfig;
import org.vigil.web.page.Page;
import org.vigil.web.page.Pages;
import org.vigil.web.page.Reader;

/**
 * The moderators' workspace: the queue with its filters, and one claim beside its source's
 * preserved text with the quote marked, where a moderator approves, rejects or asks for changes.
 * moderation-service enforces who may decide what (never one's own claim; two for sensitive ones).
 */
@Path("/moderation")
@RolesAllowed("moderator")
public class ModerationPage {

    static final List<String> DECISIONS = List.of("approve", "reject", "request_changes");

    private final ModerationApi moderation;
    private final SourcesApi sources;
    private final SecurityIdentity identity;
    private final WebConfig config;

    ModerationPage(ModerationApi moderation, SourcesApi sources, SecurityIdentity identity, WebConfig config) {
        this.config = config;
        this.moderation = moderation;
        this.sources = sources;
        this.identity = identity;
    }

    @GET
    public Uni<Response> queue(
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @QueryParam("status") String status,
            @QueryParam("property") String property,
            @QueryParam("sensitive") String sensitive) {
        Map<String, String> filters = new LinkedHashMap<>();
        putIfGiven(filters, "status", status);
        putIfGiven(filters, "property", property);
        putIfGiven(filters, "sensitive", sensitive);
        Page page = Reader.page(headers, uri);
        return moderation
                .queue(accessToken(), filters)
                .chain(claims -> WorkspaceTemplates.queue(
                                page,
                                Who.of(identity),
                                claims,
                                new QueueFilter(valueOrEmpty(status), valueOrEmpty(property), valueOrEmpty(sensitive)))
                        .setAttribute("locale", page.language().locale())
                        .createUni())
                .map(html -> Response.fromResponse(Pages.html(Response.Status.OK, page, html))
                        .header("Cache-Control", "no-store")
                        .build());
    }

    @GET
    @Path("/claims/{id}")
    public Uni<Response> claim(
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @PathParam("id") UUID id,
            @CookieParam(CsrfToken.COOKIE) String csrfCookie,
            @QueryParam("act") String act) {
        return render(headers, uri, id, csrfCookie, Map.of(), "", Response.Status.OK, outcome(act));
    }

    /** Retracts an approved claim; an event (its existence claim) waits for a second moderator. */
    @POST
    @Path("/claims/{id}/retract")
    public Uni<Response> retract(
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @PathParam("id") UUID id,
            @CookieParam(CsrfToken.COOKIE) String csrfCookie,
            @FormParam(CsrfToken.FIELD) String csrf,
            @FormParam("reason") String reason) {
        if (!CsrfToken.matches(csrfCookie, csrf)) {
            throw new CrossSiteRequestRefused();
        }
        String given = reason == null ? "" : reason;
        return moderation
                .retract(accessToken(), id.toString(), given)
                .chain(act -> act.isRefused()
                        ? render(headers, uri, id, csrfCookie, act.errors(), given, Response.Status.BAD_REQUEST, "")
                        : Uni.createFrom().item(SeeOther.to("/moderation/claims/" + id + "?act=" + act.outcome())));
    }

    /** The merge form, filled in from a claim's possible duplicate when it came from one. */
    @GET
    @Path("/merge")
    public Uni<Response> mergeForm(
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @CookieParam(CsrfToken.COOKIE) String csrfCookie,
            @QueryParam("event") UUID event,
            @QueryParam("into") UUID into,
            @QueryParam("act") String act) {
        MergeForm form = new MergeForm(
                event == null ? "" : event.toString(), into == null ? "" : into.toString(), "", outcome(act));
        return mergePage(headers, uri, csrfCookie, form, Map.of(), Response.Status.OK);
    }

    /** Proposes a merge, or confirms one another moderator proposed: the same request. */
    @POST
    @Path("/merge")
    public Uni<Response> merge(
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @CookieParam(CsrfToken.COOKIE) String csrfCookie,
            @FormParam(CsrfToken.FIELD) String csrf,
            @FormParam("event") String event,
            @FormParam("into") String into,
            @FormParam("reason") String reason) {
        if (!CsrfToken.matches(csrfCookie, csrf)) {
            throw new CrossSiteRequestRefused();
        }
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
            return mergePage(headers, uri, csrfCookie, form, invalid, Response.Status.BAD_REQUEST);
        }
        return moderation
                .merge(
                        accessToken(),
                        ReportPage.registeredId(form.event()).toString(),
                        ReportPage.registeredId(form.into()).toString(),
                        form.reason())
                .chain(act -> act.isRefused()
                        ? mergePage(headers, uri, csrfCookie, form, act.errors(), Response.Status.BAD_REQUEST)
                        : Uni.createFrom().item(SeeOther.to("/moderation/merge?act=" + act.outcome())));
    }

    /** The events to merge as the moderator typed them, and what became of the last merge asked for. */
    public record MergeForm(String event, String into, String reason, String act) {}

    private Uni<Response> mergePage(
            HttpHeaders headers,
            UriInfo uri,
            String csrfCookie,
            MergeForm form,
            Map<String, String> errors,
            Response.Status status) {
        return WorkspacePage.render(
                headers,
                uri,
                csrfCookie,
                config.publicUrl(),
                status,
                (page, csrf) -> WorkspaceTemplates.merge(page, Who.of(identity), form, new FieldErrors(errors), csrf));
    }

    /** Only the outcomes this page redirects with; anything else in the address shows nothing. */
    private static String outcome(String act) {
        return "proposed".equals(act) || "done".equals(act) ? act : "";
    }

    @POST
    @Path("/claims/{id}/decision")
    public Uni<Response> decide(
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @PathParam("id") UUID id,
            @CookieParam(CsrfToken.COOKIE) String csrfCookie,
            @FormParam(CsrfToken.FIELD) String csrf,
            @FormParam("decision") String decision,
            @FormParam("reason") String reason) {
        if (!CsrfToken.matches(csrfCookie, csrf)) {
            throw new CrossSiteRequestRefused();
        }
        return moderation
                .decide(accessToken(), id.toString(), decision == null ? "" : decision, reason)
                .chain(errors -> errors.isEmpty()
                        ? Uni.createFrom().item(SeeOther.to("/moderation"))
                        : render(
                                headers,
                                uri,
                                id,
                                csrfCookie,
                                errors,
                                reason == null ? "" : reason,
                                Response.Status.BAD_REQUEST,
                                ""));
    }

    private Uni<Response> render(
            HttpHeaders headers,
            UriInfo uri,
            UUID id,
            String csrfCookie,
            Map<String, String> errors,
            String reason,
            Response.Status status,
            String act) {
        String token = accessToken();
        return moderation
                .claim(token, id.toString())
                .chain(claim -> {
                    if (claim == null) {
                        throw new jakarta.ws.rs.NotFoundException();
                    }
                    if (claim.citations().isEmpty()) {
                        return Uni.createFrom().item(new ClaimView(claim, null, QuotedText.of("", null, null, null)));
                    }
                    QueueClaim.Citation cited = claim.citations().get(0);
                    return sources.text(token, cited.sourceId(), cited.sourceVersion())
                            .map(text -> new ClaimView(
                                    claim, cited, QuotedText.of(text, cited.exact(), cited.start(), cited.end())));
                })
                .chain(view -> WorkspacePage.render(
                        headers,
                        uri,
                        csrfCookie,
                        config.publicUrl(),
                        status,
                        (page, csrf) -> WorkspaceTemplates.claim(
                                page, Who.of(identity), view, new FieldErrors(errors), reason, csrf, act)));
    }

    /** A claim, the citation shown beside it and that citation's source text with the quote marked. */
    public record ClaimView(QueueClaim claim, QueueClaim.Citation citation, QuotedText text) {

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

    private String accessToken() {
        return identity.getCredential(AccessTokenCredential.class).getToken();
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
