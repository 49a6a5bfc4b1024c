package org.vigil.events.rest;

import jakarta.ws.rs.QueryParam;
import org.vigil.events.query.EventFilter;

/**
 * The filters every read of the public record takes (SPEC §5): {@code country} (ISO 3166-1
 * alpha-2), {@code city}, {@code kind}, {@code from} and {@code to} (dates; an event matches when
 * its own days overlap them), {@code campaign}, {@code q} (full text, English or Persian) and
 * {@code bbox} ({@code minLon,minLat,maxLon,maxLat}). City and campaign ignore case. {@code scope}
 * ({@code online}, {@code transnational}) selects incidents with no place on a map, {@code target}
 * those that target a country (ISO 3166-1 alpha-2); {@code country} is where an event happened and
 * never matches them (docs/counting.md).
 */
public class FilterParams {

    @QueryParam("country")
    String country;

    @QueryParam("city")
    String city;

    @QueryParam("kind")
    String kind;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("campaign")
    String campaign;

    @QueryParam("q")
    String q;

    @QueryParam("bbox")
    String bbox;

    @QueryParam("scope")
    String scope;

    @QueryParam("target")
    String target;

    /** The filter, or 400 naming each bad parameter. */
    EventFilter filter() {
        return EventFilter.parse(country, city, kind, from, to, campaign, q, bbox, scope, target);
    }
}
