package org.vigil.web.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.vigil.web.api.EventLookup;
import org.vigil.web.api.PublicApi;
import org.vigil.web.api.PublicEvent;

/**
 * An event's page, its canonical URL ({@code @id} of its JSON-LD): what happened, where and when,
 * each figure with every estimate and its quote and source, and the history of the record.
 */
@Path("/events/{id}")
public class EventPage {

    /** Related events whose titles are read for the page; more are linked by id. */
    static final int RELATED_TITLES = 10;

    @Inject
    PublicApi api;

    @Inject
    ObjectMapper json;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> event(@PathParam("id") String id, @Context HttpHeaders headers, @Context UriInfo uri) {
        Page page = Reader.page(headers, uri);
        UUID eventId = parse(id);
        if (eventId == null) {
            return NotFound.page(page);
        }
        return api.event(eventId).chain(lookup -> {
            if (lookup instanceof EventLookup.Found found) {
                return view(eventId, found)
                        .chain(view -> Templates.event(page, view)
                                .setAttribute("locale", page.language().locale())
                                .createUni())
                        .map(html -> Pages.html(Response.Status.OK, page, html));
            }
            if (lookup instanceof EventLookup.Merged merged) {
                // a merged event's page is its survivor's: old links keep working
                return Uni.createFrom()
                        .item(Response.status(Response.Status.MOVED_PERMANENTLY)
                                .header("Location", "/events/" + merged.into())
                                .build());
            }
            return NotFound.page(page);
        });
    }

    private Uni<EventView> view(UUID id, EventLookup.Found found) {
        return Uni.combine()
                .all()
                .unis(api.history(id), related(found.event()))
                .with((history, related) ->
                        new EventView(found.event(), related, history, JsonLdBlock.of(found.jsonLd(), json)));
    }

    private Uni<List<EventView.Related>> related(PublicEvent event) {
        if (event.relations().isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Uni<EventView.Related>> lookups = event.relations().stream()
                .limit(RELATED_TITLES)
                .map(relation -> title(relation))
                .toList();
        Uni<List<EventView.Related>> titled = Uni.combine()
                .all()
                .unis(lookups)
                .with(results ->
                        results.stream().map(EventView.Related.class::cast).toList());
        List<EventView.Related> untitled = event.relations().stream()
                .skip(RELATED_TITLES)
                .map(relation -> new EventView.Related(relation.type(), relation.eventId(), null))
                .toList();
        return titled.map(first -> java.util.stream.Stream.concat(first.stream(), untitled.stream())
                .toList());
    }

    private Uni<EventView.Related> title(PublicEvent.Relation relation) {
        UUID other = parse(relation.eventId());
        if (other == null) {
            return Uni.createFrom().item(new EventView.Related(relation.type(), relation.eventId(), null));
        }
        return api.event(other)
                .map(lookup -> new EventView.Related(
                        relation.type(),
                        relation.eventId(),
                        lookup instanceof EventLookup.Found found
                                ? found.event().fields().title()
                                : null))
                .onFailure()
                .recoverWithItem(new EventView.Related(relation.type(), relation.eventId(), null));
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
