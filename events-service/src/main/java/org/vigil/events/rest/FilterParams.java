package org.vigil.events.rest;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.vigil.events.query.EventFilter;

/**
 * The filters every read of the public record takes (docs/product.md §5): {@code country} (ISO 3166-1
 * alpha-2), {@code city} and {@code kind}, each one value or several separated by commas, any of
 * which matches; {@code from} and {@code to} (dates; an event matches when its own days overlap
 * them), {@code campaign}, {@code q} (full text, English or Persian), {@code bbox}
 * ({@code minLon,minLat,maxLon,maxLat}), {@code concerns} (the country an event is about, also a
 * list) and {@code updatedSince} (events changed at or after a time). City and campaign ignore case. {@code scope}
 * ({@code online}, {@code transnational}) selects incidents with no place on a map, {@code target}
 * those that target a country (ISO 3166-1 alpha-2); {@code country} is where an event happened and
 * never matches them (docs/counting.md).
 */
public class FilterParams {

    @QueryParam("country")
    @Parameter(
            description = "ISO 3166-1 alpha-2 codes of where events took place, comma-separated: DE,FR",
            example = "DE,FR")
    String country;

    @QueryParam("city")
    @Parameter(description = "City names, comma-separated, matched without regard to case", example = "Berlin,Munich")
    String city;

    @QueryParam("kind")
    @Parameter(description = "Event kinds, comma-separated", example = "rally,counter_protest")
    String kind;

    @QueryParam("from")
    @Parameter(description = "Events whose days reach this date or later (YYYY-MM-DD)", example = "2026-01-01")
    String from;

    @QueryParam("to")
    @Parameter(description = "Events whose days reach this date or earlier (YYYY-MM-DD)", example = "2026-03-31")
    String to;

    @QueryParam("campaign")
    @Parameter(description = "The campaign an event belongs to")
    String campaign;

    @QueryParam("q")
    @Parameter(description = "Full text, English or Persian, at most 200 characters")
    String q;

    @QueryParam("bbox")
    @Parameter(description = "minLon,minLat,maxLon,maxLat in WGS84", example = "5.8,47.2,15.1,55.1")
    String bbox;

    @QueryParam("concerns")
    @Parameter(
            description = "ISO 3166-1 alpha-2 codes of the countries events are about, comma-separated",
            example = "IR")
    String concerns;

    @QueryParam("updatedSince")
    @Parameter(
            description = "Events changed at or after this time (RFC 3339) or date",
            example = "2026-02-14T00:00:00Z")
    String updatedSince;

    @QueryParam("scope")
    @Parameter(description = "Incidents with no place on a map: online or transnational", example = "online")
    String scope;

    @QueryParam("target")
    @Parameter(description = "Incidents that target this country (ISO 3166-1 alpha-2)", example = "GB")
    String target;

    /** The filter, or 400 naming each bad parameter. */
    EventFilter filter() {
        return EventFilter.parse(
                country, city, kind, from, to, campaign, q, bbox, concerns, updatedSince, scope, target);
    }
}
