package org.vigil.web.page;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
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
import org.vigil.web.api.PublicEvent;
import org.vigil.web.api.Summary;
import org.vigil.web.api.Tally;
import org.vigil.web.config.WebConfig;
import org.vigil.web.timeline.TimelinePlot;

/**
 * The home page: map, timeline, summary figures, the filter (a plain GET form, so a view is a
 * link) and the event list a page at a time. All of it reads without JavaScript; the map is the
 * one part a script adds.
 */
@Path("/")
public class HomePage {

    /** Incidents with no place on a map listed per scope on the home page; the rest are a link away. */
    static final int INCIDENTS_SHOWN = 5;

    /** Tallies shown with the record's own count beside them; the rest are counted. */
    static final int TALLIES_SHOWN = 4;

    @Inject
    PublicApi api;

    @Inject
    WebConfig config;

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
                ? view(read, pageCursor)
                : api.counts(EventFilter.NONE, "country")
                        .map(countries -> new HomeView(
                                read,
                                Summary.empty(),
                                TimelinePlot.of(Map.of()),
                                countries,
                                HomeView.Listing.NONE,
                                map(),
                                HomeView.Incidents.NONE,
                                HomeView.Reports.NONE));
        return view.chain(v -> Templates.home(page, v)
                        .setAttribute("locale", page.language().locale())
                        .createUni())
                .map(html -> Pages.html(read.valid() ? Response.Status.OK : Response.Status.BAD_REQUEST, page, html));
    }

    private Uni<HomeView> view(EventFilter.Read read, String cursor) {
        EventFilter filter = read.filter();
        // read once, for the figures and for the tallies beside them
        Uni<Summary> summary = api.summary(filter).memoize().indefinitely();
        return Uni.combine()
                .all()
                .unis(
                        api.events(filter, cursor, config.pageSize()),
                        summary,
                        timeline(filter),
                        api.counts(EventFilter.NONE, "country"),
                        incidents(filter),
                        summary.chain(this::reports))
                .with((events, figures, timeline, countries, incidents, reports) -> new HomeView(
                        read,
                        figures,
                        timeline,
                        countries,
                        new HomeView.Listing(events, cursor),
                        map(),
                        incidents,
                        reports));
    }

    /** The first incidents of each scope with no place on a map, and how many each scope has. */
    private Uni<HomeView.Incidents> incidents(EventFilter filter) {
        // under a scope the list itself is of those incidents: no section of their own repeats it
        List<Uni<EventList>> firsts = filter.isScope()
                ? List.of(Uni.createFrom().item(EventList.empty()))
                : EventFilter.SCOPES.stream()
                        .map(scope -> api.incidents(filter, scope, INCIDENTS_SHOWN))
                        .toList();
        Uni<List<PublicEvent>> first = Uni.combine()
                .all()
                .unis(firsts)
                .with(lists -> lists.stream()
                        .flatMap(list -> ((EventList) list).items().stream())
                        .toList());
        return Uni.combine()
                .all()
                .unis(first, api.incidentCounts(filter))
                .asTuple()
                .map(both -> new HomeView.Incidents(both.getItem1(), both.getItem2()));
    }

    /**
     * The tallies the summary carries, the first few each beside the record's own count of what it
     * counts (the same kind, place and period), read in parallel.
     */
    private Uni<HomeView.Reports> reports(Summary summary) {
        List<Tally> tallies = summary.reported().tallies();
        if (tallies.isEmpty()) {
            return Uni.createFrom().item(HomeView.Reports.NONE);
        }
        List<Uni<HomeView.Reported>> shown = tallies.stream()
                .limit(TALLIES_SHOWN)
                .map(tally -> api.summary(tally.recordFilter())
                        .map(record -> new HomeView.Reported(tally, recordHolds(tally, record)))
                        .onFailure()
                        .recoverWithItem(new HomeView.Reported(tally, null)))
                .toList();
        return Uni.combine()
                .all()
                .unis(shown)
                .with(results -> new HomeView.Reports(
                        results.stream().map(HomeView.Reported.class::cast).toList(),
                        Math.max(0L, tallies.size() - TALLIES_SHOWN)));
    }

    private static long recordHolds(Tally tally, Summary record) {
        return switch (tally.subject()) {
            case "cities" -> record.cities();
            case "countries" -> record.countries();
            default -> record.events();
        };
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
