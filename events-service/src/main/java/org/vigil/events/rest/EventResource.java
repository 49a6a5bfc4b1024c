package org.vigil.events.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.vigil.events.export.DataLicence;
import org.vigil.events.export.SchemaOrgEvent;
import org.vigil.events.query.ChangeQueries;
import org.vigil.events.query.EventQueries;
import org.vigil.events.query.RelationQueries;
import org.vigil.events.record.EventRecord;
import org.vigil.paging.NextLink;
import org.vigil.paging.Page;
import org.vigil.paging.PageRequest;
import org.vigil.problem.ProblemException;

/**
 * The approved public record (docs/product.md §5). Anyone may read it; through the gateway an anonymous
 * reader is represented by the gateway's own token, so a request that bypasses it still needs one.
 */
@Path("/api/v1/events")
@RolesAllowed("**")
public class EventResource {

    @Inject
    EventQueries queries;

    @Inject
    ChangeQueries changes;

    @Inject
    RelationQueries relations;

    @Inject
    ObjectMapper json;

    @Inject
    @ConfigProperty(name = "vigil.public-url")
    String publicUrl;

    @Inject
    DataLicence licence;

    /**
     * Events newest first (by their first day), filtered: {@code {"items": [...], "nextCursor"}}.
     * Keyset-paginated, so paging stays stable while events are added; {@code limit} ≤ 200.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listEvents")
    @APIResponseSchema(value = PublicShapes.EventPage.class, responseDescription = "A page of events")
    public Uni<Response> list(@BeanParam FilterParams filter, @BeanParam PageRequest page, @Context UriInfo request) {
        return queries.page(filter.filter(), page.cursor(), page.limit(50)).map(written -> {
            // the page comes written (PageJson), so the filter that links a Page to the next one cannot see it
            Response.ResponseBuilder answer = Response.ok(written.json(), MediaType.APPLICATION_JSON_TYPE);
            if (written.nextCursor() != null) {
                answer.header(HttpHeaders.LINK, NextLink.header(request.getRequestUri(), written.nextCursor()));
            }
            return answer.build();
        });
    }

    /**
     * One event with its figures and each figure's claims and citations, or, with
     * {@code Accept: application/ld+json}, the same as a schema.org {@code Event}. Its
     * {@code relations} are read from both sides: besides those approved for this event, an event
     * that {@code follows} this one appears as {@code followed_by}, one {@code part_of} it as
     * {@code has_part}. A merged event
     * answers 301 pointing at the public URL ({@code vigil.public-url}) of the event it was merged
     * into, never at this service's own address, which clients cannot reach; a retracted one is
     * gone (404).
     */
    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, SchemaOrgEvent.MEDIA_TYPE})
    @Operation(operationId = "getEvent")
    @APIResponse(
            responseCode = "200",
            description = "The event",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventRecord.class)),
                @Content(
                        mediaType = SchemaOrgEvent.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.OBJECT, description = "schema.org Event as JSON-LD"))
            })
    @APIResponse(
            responseCode = "301",
            description = "Merged into another event, which Location names",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PublicShapes.Merged.class)))
    @APIResponse(responseCode = "404", description = "No such event, or retracted")
    public Uni<Response> event(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return queries.byId(id).chain(found -> {
            if (found == null || found.retracted()) {
                throw ProblemException.notFound("event " + id);
            }
            if (found.mergedInto() != null) {
                return Uni.createFrom()
                        .item(Response.status(Response.Status.MOVED_PERMANENTLY)
                                .location(publicEventUrl(found.mergedInto()))
                                .type(MediaType.APPLICATION_JSON)
                                .entity(json.createObjectNode()
                                        .put("id", id.toString())
                                        .put("mergedInto", found.mergedInto().toString()))
                                .build());
            }
            return relations
                    .inverse(id)
                    .map(inverse -> wantsJsonLd(headers)
                            ? Response.ok(jsonLd(found.record(), inverse))
                                    .type(SchemaOrgEvent.MEDIA_TYPE)
                                    .build()
                            : Response.ok(new RawValue(relations.withInverse(found.record(), inverse)))
                                    .type(MediaType.APPLICATION_JSON)
                                    .build());
        });
    }

    /**
     * Every change to the event, oldest first, each with the claim and decisions behind it and what
     * changed from what to what: {@code {"items": [{…, "diff": [{"field", "from", "to"}]}],
     * "nextCursor"}}. A merged event keeps its history (ending in {@code merged}); a retracted one
     * is gone (404).
     */
    @GET
    @Path("/{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listEventHistory")
    @APIResponseSchema(value = PublicShapes.ChangePage.class, responseDescription = "A page of the event's changes")
    @APIResponse(responseCode = "404", description = "No such event, or retracted")
    public Uni<Page<ObjectNode>> history(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        String cursor = page.cursor();
        int limit = page.limit(100);
        return queries.byId(id).chain(found -> {
            if (found == null || found.retracted()) {
                throw ProblemException.notFound("event " + id);
            }
            return changes.history(id, cursor, limit);
        });
    }

    /** JSON-LD only when the client prefers it to plain JSON; anything else gets the public shape. */
    private static boolean wantsJsonLd(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return false;
            }
            if ("application".equals(type.getType()) && "ld+json".equals(type.getSubtype())) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    private URI publicEventUrl(UUID eventId) {
        return onPublicOrigin("/api/v1/events/" + eventId);
    }

    private URI onPublicOrigin(String path) {
        // the configured origin may end in a slash; every path here starts with one
        return URI.create(publicUrl.replaceAll("/+$", "") + path);
    }

    private String jsonLd(String record, List<RelationQueries.InverseRelation> inverse) {
        try {
            EventRecord event = json.readValue(record, EventRecord.class);
            List<UUID> parts = inverse.stream()
                    .filter(relation -> "has_part".equals(relation.type()))
                    .map(RelationQueries.InverseRelation::eventId)
                    .toList();
            return json.writeValueAsString(
                    SchemaOrgEvent.of(event, parts, eventId -> onPublicOrigin("/events/" + eventId), licence.url()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored record is unreadable", e);
        }
    }
}
