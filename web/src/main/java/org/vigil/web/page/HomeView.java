package org.vigil.web.page;

import java.util.List;
import org.vigil.web.api.Counts;
import org.vigil.web.api.EventFilter;
import org.vigil.web.api.EventList;
import org.vigil.web.api.Summary;
import org.vigil.web.timeline.TimelinePlot;

/**
 * The home page: the filter as the reader set it (and which of its fields were invalid), what it
 * adds up to, the timeline, the map's data and one page of the list.
 *
 * @param countries the countries the record has events in, for the filter's choices
 * @param cursor the cursor this page of the list was read with, or {@code null} for the first
 */
public record HomeView(
        EventFilter filter,
        List<String> invalid,
        Summary summary,
        TimelinePlot timeline,
        Counts countries,
        EventList events,
        String cursor,
        MapSettings map) {

    /** What the map script needs, as data attributes of its placeholder. */
    public record MapSettings(String tiles, String tileAttribution) {}

    public List<String> kinds() {
        return EventFilter.KINDS;
    }

    public boolean isInvalid(String field) {
        return invalid.contains(field);
    }

    /** {@code ?country=DE&kind=rally}, or empty: the current filter for links. */
    public String query() {
        String query = filter.query();
        return query.isEmpty() ? "" : "?" + query;
    }

    public String csvUrl() {
        return "/api/v1/events.csv" + query();
    }

    public String geoJsonUrl() {
        return "/api/v1/events.geojson" + query();
    }

    /** The next page of the list under the same filter, or {@code null} at the end. */
    public String nextPageUrl() {
        if (events.nextCursor() == null) {
            return null;
        }
        String query = filter.query();
        return "/?" + (query.isEmpty() ? "" : query + "&") + "cursor="
                + java.net.URLEncoder.encode(events.nextCursor(), java.nio.charset.StandardCharsets.UTF_8) + "#events";
    }

    /** The first page of the list under the same filter, when this is a later one. */
    public String firstPageUrl() {
        return cursor == null ? null : "/" + query() + "#events";
    }
}
