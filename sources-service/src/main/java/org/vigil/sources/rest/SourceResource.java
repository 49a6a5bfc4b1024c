package org.vigil.sources.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vigil.contracts.events.SourceDocument;
import org.vigil.contracts.problem.ProblemType;
import org.vigil.idempotency.IdempotencyKey;
import org.vigil.idempotency.IdempotentRequests;
import org.vigil.identity.Pseudonyms;
import org.vigil.identity.Scopes;
import org.vigil.openapi.ContractDocument;
import org.vigil.paging.Page;
import org.vigil.paging.PageCursor;
import org.vigil.paging.PageRequest;
import org.vigil.problem.ProblemException;
import org.vigil.sources.service.SourceReading;
import org.vigil.sources.service.SourceRegistration;
import org.vigil.sources.service.SourceSuggestions;
import org.vigil.sources.service.UpstreamDeletion;

/** The evidence store's sources (docs/product.md §5). */
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {

    @Inject
    SourceRegistration registration;

    @Inject
    SourceReading reading;

    @Inject
    SourceSuggestions suggestions;

    @Inject
    UpstreamDeletion upstreamDeletion;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    @ConfigProperty(name = "vigil.sources.max-text-length")
    int maxTextLength;

    @Inject
    IdempotentRequests idempotency;

    /**
     * Registers a source and preserves its text: 201 for a new source or a new version of one,
     * 200 with the existing id when the same URL and text (or the same text) is already here. A new
     * text under a known URL is a new version, attributed to the caller's contributor pseudonym;
     * every earlier version, and every citation bound to one, stays as it was.
     * With an {@code Idempotency-Key}, a retry within 24 h gets the first answer (status included).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("**")
    @Extension(name = ContractDocument.ROLES, value = ContractDocument.CONTRIBUTOR, parseValue = true)
    @Operation(operationId = "registerSource")
    @SecurityRequirement(name = ContractDocument.PERSON, scopes = "openid")
    @SecurityRequirement(name = ContractDocument.PARTNER, scopes = Scopes.REPORTS_WRITE)
    public Uni<Response> register(
            @Valid @NotNull SourceRequest request, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey) {
        if (!Scopes.mayWriteReports(identity, token)) {
            throw ProblemException.forbidden(
                    "registering sources needs the contributor role or the reports:write scope");
        }
        if (request.text().length() > maxTextLength) {
            throw new ProblemException(
                    ProblemType.PAYLOAD_TOO_LARGE, "a source's text may have at most " + maxTextLength + " characters");
        }
        // a partner's service account has a subject too: its texts are attributed like anyone's
        SourceDocument document = new SourceDocument(
                request.url(),
                request.title(),
                request.publisher(),
                request.author(),
                request.publishedAt(),
                request.language(),
                request.text(),
                pseudonyms.of(token.getSubject()).value());
        return idempotency.once(
                idempotencyKey,
                "POST /api/v1/sources",
                token.getSubject(),
                request,
                () -> registration
                        .register(document)
                        .map(registered -> (registered.created()
                                        ? Response.created(URI.create("/api/v1/sources/" + registered.source().id))
                                        : Response.ok())
                                .entity(SourceView.registered(registered))
                                .build()));
    }

    /**
     * Registered sources a contributor may cite, newest first: those whose title, address, or
     * publisher's name or domain contain every word of {@code q} (any case), or all of them without
     * one. A page of {@code limit} (20 by default) at a time, {@code {items, nextCursor}} and a
     * {@code Link} to the next. It shows what the public may see of a source, never who supplied it.
     */
    @GET
    @RolesAllowed({"contributor", "moderator"})
    @Extension(name = ContractDocument.ROLES, value = ContractDocument.CONTRIBUTOR_OR_MODERATOR, parseValue = true)
    @Operation(operationId = "searchSources")
    @SecurityRequirement(name = ContractDocument.PERSON, scopes = "openid")
    public Uni<Page<SourceView.Listed>> search(
            @QueryParam("q")
                    @Parameter(
                            description =
                                    "Words to look for in the title, the address and the publisher's name or domain: all must occur.")
                    String q,
            @BeanParam PageRequest request) {
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw ProblemException.invalid("q", "must have at most " + MAX_QUERY_LENGTH + " characters");
        }
        int limit = request.limit(20);
        PageCursor after = request.cursor() == null ? null : PageCursor.decode(request.cursor());
        return reading.search(q, after, limit)
                .map(found -> Page.of(
                                found,
                                limit,
                                last -> new PageCursor(last.source().registeredAt, last.source().id).encode())
                        .map(SourceView.Listed::of));
    }

    /** Who sees what of a source, as the API document tells it. */
    static final String GET_SOURCE = "The public and partners see the source's metadata, the hash of the version"
            + " asked for (the newest by default) and the quotes of approved claims; a signed-in contributor also"
            + " the preserved text of that version, to select the quote they cite; a moderator also who supplied"
            + " each version (contributor pseudonyms) and every quote checked against any version, with its claim,"
            + " its check, the version it quoted and its offsets there.";

    /** The longest search the list takes. */
    static final int MAX_QUERY_LENGTH = 200;

    /**
     * The public (and a partner) sees metadata, the hash of the version asked for (the newest by
     * default) and approved quotes; a contributor also the preserved text of that version, to
     * select the quote they cite; a moderator also who supplied each version and every quote
     * checked against any version, with its claim, its check, the version it quoted and its
     * offsets there.
     */
    @GET
    @Path("/{id}")
    @RolesAllowed("**")
    @Operation(operationId = "getSource", description = GET_SOURCE)
    public Uni<SourceView> read(@PathParam("id") UUID id, @QueryParam("version") String version) {
        SourceView.Reader reader = SourceView.Reader.of(identity);
        return reading.read(id, versionNumber(version), reader.seesWhoSuppliedAndCited())
                .map(read -> SourceView.read(read, reader));
    }

    /**
     * One version as a moderator weighs it: who supplied it and the version before it (contributor
     * pseudonyms), and what changed between them, word by word, with offsets in both texts.
     */
    @Extension(name = ContractDocument.ROLES, value = ContractDocument.MODERATOR, parseValue = true)
    @Operation(operationId = "getSourceVersionChanges")
    @SecurityRequirement(name = ContractDocument.PERSON, scopes = "openid")
    @GET
    @Path("/{id}/versions/{number}")
    @RolesAllowed("moderator")
    public Uni<VersionChangesView> version(@PathParam("id") UUID id, @PathParam("number") int number) {
        return reading.withPrevious(id, number).map(VersionChangesView::of);
    }

    /**
     * Candidate claims found in the preserved text of {@code version} (the newest by default):
     * figures with their qualifier, city and date, each with a quote ready to cite. For
     * contributors and moderators only, since the text is not public. The first request for a
     * version takes seconds; later ones are answered from memory. 503 with {@code Retry-After}
     * when too many texts are being read already.
     */
    @GET
    @Path("/{id}/suggestions")
    @RolesAllowed({"contributor", "moderator"})
    @Extension(name = ContractDocument.ROLES, value = ContractDocument.CONTRIBUTOR_OR_MODERATOR, parseValue = true)
    @Operation(operationId = "getSourceSuggestions")
    @SecurityRequirement(name = ContractDocument.PERSON, scopes = "openid")
    public Uni<SuggestionsView> suggestions(@PathParam("id") UUID id, @QueryParam("version") String version) {
        return suggestions.of(id, versionNumber(version)).map(SuggestionsView::of);
    }

    /**
     * A moderator records that the page is gone or rewritten upstream: the source is shown
     * {@code deleted_upstream} from then on, and nothing preserved changes. Marking it again keeps
     * the first time.
     */
    @POST
    @Path("/{id}/deleted-upstream")
    @RolesAllowed("moderator")
    @Extension(name = ContractDocument.ROLES, value = ContractDocument.MODERATOR, parseValue = true)
    @Operation(operationId = "markSourceDeletedUpstream")
    @SecurityRequirement(name = ContractDocument.PERSON, scopes = "openid")
    public Uni<SourceView> markDeletedUpstream(@PathParam("id") UUID id) {
        return upstreamDeletion
                .mark(id)
                .chain(() -> reading.read(id, null, true))
                .map(read -> SourceView.read(read, SourceView.Reader.MODERATOR));
    }

    /** A {@code version} query parameter: absent, or a version number; anything else is a 400 naming it. */
    private static Integer versionNumber(String version) {
        if (version == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(version);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a number below 1
        }
        throw ProblemException.invalid("version", "must be a version number, counting from 1");
    }
}
