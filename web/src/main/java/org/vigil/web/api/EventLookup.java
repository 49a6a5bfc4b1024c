package org.vigil.web.api;

/** What asking for one event by id can answer. */
public sealed interface EventLookup {

    /** The event, with its schema.org JSON-LD as events-service writes it. */
    record Found(PublicEvent event, String jsonLd) implements EventLookup {}

    /** The event was merged into another, whose page is now the event's page. */
    record Merged(String into) implements EventLookup {}

    /** No such public event (never was, or retracted). */
    record Missing() implements EventLookup {}
}
