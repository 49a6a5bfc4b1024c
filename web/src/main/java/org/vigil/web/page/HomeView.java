package org.vigil.web.page;

import java.util.List;
import org.vigil.web.api.Counts;
import org.vigil.web.api.EventFilter;
import org.vigil.web.api.EventList;
import org.vigil.web.api.PublicEvent;
import org.vigil.web.api.Summary;
import org.vigil.web.api.Tally;
import org.vigil.web.timeline.TimelinePlot;

/**
 * The home page: the filter as the reader asked for it (and which of its fields were invalid), what it
 * adds up to, the timeline, the map's data and one page of the list.
 *
 * @param countries the countries the record has events in, for the filter's choices
 */
public record HomeView(
        EventFilter.Read asked,
        Summary summary,
        TimelinePlot timeline,
        Counts countries,
        Listing listing,
        MapSettings map,
        Incidents incidents,
        Reports reports) {

    /**
     * One page of the event list.
     *
     * @param cursor the cursor it was read with, or {@code null} for the first
     */
    public record Listing(EventList events, String cursor) {

        static final Listing NONE = new Listing(EventList.empty(), null);
    }

    /** What the map script needs, as data attributes of its placeholder. */
    public record MapSettings(String tiles, String tileAttribution) {}

    /**
     * Incidents with no place on a map under the filter (online, transnational; targeting the filter's
     * country when it has one), the first of each scope, and how many each scope has.
     */
    public record Incidents(List<PublicEvent> first, Counts byScope) {

        static final Incidents NONE = new Incidents(List.of(), Counts.empty());

        public boolean isEmpty() {
            return first.isEmpty();
        }

        /** The scopes and their counts under the filter, as {@code stats/counts?groupBy=country} buckets them. */
        public List<Counts.Group> scopes() {
            return byScope.groups().stream()
                    .filter(group -> EventFilter.SCOPES.contains(group.key()) && group.count() > 0)
                    .toList();
        }
    }

    /**
     * What sources report under the filter (tallies), each beside what the record holds for the same
     * kind, place and period: "the record holds 1; sources report 27".
     *
     * @param more how many further tallies match and are not shown
     */
    public record Reports(List<Reported> shown, long more) {

        static final Reports NONE = new Reports(List.of(), 0);

        public boolean isEmpty() {
            return shown.isEmpty();
        }
    }

    /** A tally and the record's own count of what it counts, {@code null} when that could not be read. */
    public record Reported(Tally tally, Long recordHolds) {

        /** The home page showing the record's events for what the tally counts. */
        public String recordUrl() {
            String query = tally.recordFilter().query();
            return "/" + (query.isEmpty() ? "" : "?" + query) + "#events";
        }
    }

    /** The filter's valid fields: what the page shows and its links keep. */
    public EventFilter filter() {
        return asked.filter();
    }

    /** Whether a key of the country counts is a scope (online, transnational) rather than a country. */
    public boolean isScope(String key) {
        return EventFilter.SCOPES.contains(key);
    }

    /**
     * Whether the incidents' counts per scope are counts of this view: not when the filter names a
     * country, under which they are the incidents that target it, which a scope's view does not select.
     */
    public boolean countsScopes() {
        return filter().country() == null || filter().isScope();
    }

    /** This view limited to incidents of {@code scope}, at the list. */
    public String scopeUrl(String scope) {
        EventFilter scoped = new EventFilter(
                scope, filter().kind(), filter().from(), filter().to(), filter().campaign(), filter().q());
        return "/?" + scoped.query() + "#events";
    }

    /**
     * The filter's country when the record has no event there (a tally's view, say): it is still offered,
     * chosen, so that applying the form again keeps it.
     */
    public String unlistedCountry() {
        String chosen = filter().country();
        if (chosen == null
                || countries.groups().stream().anyMatch(group -> group.key().equals(chosen))) {
            return null;
        }
        return chosen;
    }

    public List<String> kinds() {
        return EventFilter.KINDS;
    }

    public boolean isInvalid(String field) {
        return asked.invalid().contains(field);
    }

    /** {@code ?country=DE&kind=rally}, or empty: the current filter for links. */
    public String query() {
        String query = filter().query();
        return query.isEmpty() ? "" : "?" + query;
    }

    public String csvUrl() {
        return "/api/v1/events.csv" + apiQuery();
    }

    public String geoJsonUrl() {
        return "/api/v1/events.geojson" + apiQuery();
    }

    /** The filter as the API's exports take it. */
    private String apiQuery() {
        String query = filter().apiQuery();
        return query.isEmpty() ? "" : "?" + query;
    }

    /** The next page of the list under the same filter, or {@code null} at the end. */
    public String nextPageUrl() {
        String next = listing.events().nextCursor();
        if (next == null) {
            return null;
        }
        String query = filter().query();
        return "/?" + (query.isEmpty() ? "" : query + "&") + "cursor="
                + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8) + "#events";
    }

    /** The first page of the list under the same filter, when this is a later one. */
    public String firstPageUrl() {
        return listing.cursor() == null ? null : "/" + query() + "#events";
    }
}
