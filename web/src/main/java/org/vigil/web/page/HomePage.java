package org.vigil.web.page;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.web.api.Counts;
import org.vigil.web.api.EventFilter;
import org.vigil.web.api.EventList;
import org.vigil.web.api.PublicApi;
import org.vigil.web.api.Summary;
import org.vigil.web.config.WebConfig;
import org.vigil.web.timeline.TimelinePlot;

/**
 * The home page: map, timeline, summary figures, the filter (a plain GET form, so a view is a
 * link) and the event list a page at a time. All of it reads without JavaScript; the map is the
 * one part a script adds.
 */
@Path("/")
public class HomePage {

    private final PublicApi api;
    private final WebConfig config;

    HomePage(PublicApi api, WebConfig config) {
        this.api = api;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> home(
            @QueryParam("country") String country,
            @QueryParam("kind") String kind,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("campaign") String campaign,
            @QueryParam("q") String q,
            @QueryParam("cursor") String cursor,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        Page page = Reader.page(headers, uri);
        EventFilter.Read read = EventFilter.of(country, kind, from, to, campaign, q);
        String pageCursor = cursor == null || cursor.isBlank() ? null : cursor;
        // An invalid field is shown beside itself; the record is not read with half a filter.
        Uni<HomeView> view = read.valid()
                ? view(read.filter(), pageCursor)
                : api.counts(EventFilter.NONE, "country")
                        .map(countries -> new HomeView(
                                read.filter(),
                                read.invalid(),
                                Summary.empty(),
                                TimelinePlot.of(Map.of()),
                                countries,
                                EventList.empty(),
                                null,
                                map()));
        return view.chain(v -> Templates.home(page, v)
                        .setAttribute("locale", page.language().locale())
                        .createUni())
                .map(html -> Pages.html(read.valid() ? Response.Status.OK : Response.Status.BAD_REQUEST, page, html));
    }

    private Uni<HomeView> view(EventFilter filter, String cursor) {
        return Uni.combine()
                .all()
                .unis(
                        api.events(filter, cursor, config.pageSize()),
                        api.summary(filter),
                        timeline(filter),
                        api.counts(EventFilter.NONE, "country"))
                .with((events, summary, timeline, countries) ->
                        new HomeView(filter, List.of(), summary, timeline, countries, events, cursor, map()));
    }

    /** Per day, per kind: one count per kind the filter has events of (at most nine). */
    private Uni<TimelinePlot> timeline(EventFilter filter) {
        return api.counts(filter, "kind").chain(kinds -> {
            List<String> present = kinds.groups().stream()
                    .filter(group -> group.count() > 0 && EventFilter.KINDS.contains(group.key()))
                    .map(Counts.Group::key)
                    .toList();
            if (present.isEmpty()) {
                return Uni.createFrom().item(TimelinePlot.of(Map.of()));
            }
            List<Uni<Counts>> perKind = present.stream()
                    .map(k -> api.counts(filter.withKind(k), "day"))
                    .toList();
            return Uni.combine().all().unis(perKind).with(results -> {
                Map<String, Counts> byKind = new LinkedHashMap<>();
                for (int i = 0; i < present.size(); i++) {
                    byKind.put(present.get(i), (Counts) results.get(i));
                }
                return TimelinePlot.of(byKind);
            });
        });
    }

    private HomeView.MapSettings map() {
        return new HomeView.MapSettings(
                config.tileUrl().orElse(null), config.tileAttribution().orElse(null));
    }
}
