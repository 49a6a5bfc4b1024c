package org.vigil.events.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.vigil.contracts.claims.ActorRole;
import org.vigil.contracts.claims.Place;
import org.vigil.contracts.claims.PlaceScope;
import org.vigil.contracts.claims.RelationType;
import org.vigil.contracts.claims.TimeOfDay;
import org.vigil.contracts.vocabulary.CountryCodes;
import org.vigil.contracts.vocabulary.EventKind;
import org.vigil.events.record.CitedSource;
import org.vigil.events.record.EventActor;
import org.vigil.events.record.EventRecord;
import org.vigil.events.record.EventRelation;

/**
 * One public event as schema.org {@code Event} JSON-LD, for {@code Accept: application/ld+json}:
 * what search engines, Wikidata tools and newsroom CMSs read.
 *
 * <ul>
 *   <li>{@code startDate}/{@code endDate} are the EDTF ends as written, ISO 8601 dates of reduced
 *       precision when the source gave only a month ({@code 2026-01}); an open end is left out.
 *   <li>{@code location} is a {@code Place} with a {@code PostalAddress} (country, region, city)
 *       and {@code GeoCoordinates} when known; for an online or transnational incident a
 *       {@code VirtualLocation} naming its scope, with the countries it targets as
 *       {@code spatialCoverage}. Its attendance mode is then {@code OnlineEventAttendanceMode}.
 *   <li>A local time a source gave makes {@code startDate} a date and time, with its offset when
 *       the place's zone or an offset is known.
 *   <li>{@code about} is the country the event concerns, as a {@code Country}.
 *   <li>{@code organizer} lists the organiser actors; {@code superEvent} the events this one is
 *       {@code part_of}, {@code subEvent} those that are part of it.
 *   <li>The sources are {@code subjectOf}: {@code CreativeWork}s with url, headline and
 *       publisher. schema.org's {@code citation} belongs to CreativeWork, not Event, so validators
 *       would drop it; {@code subjectOf} ("a CreativeWork about this thing") is the Event
 *       property that says the same. A source none of whose quotes was found in it (approved by two
 *       moderators anyway) says so in {@code creativeWorkStatus}, so it is not read as verified.
 *   <li>{@code eventStatus} is {@code EventScheduled}: the record holds only events that happened
 *       as reported. Gatherings also say {@code OfflineEventAttendanceMode}.
 * </ul>
 *
 * <p>No contributor or moderator identity is in the record, so none can be here.
 */
public final class SchemaOrgEvent {

    public static final String MEDIA_TYPE = "application/ld+json";

    private static final String SCHEMA = "https://schema.org/";
    /** What a source says when none of its quotes the record rests on was found in it. */
    static final String UNVERIFIED = "quote not verified in this source";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SchemaOrgEvent() {}

    /**
     * The JSON-LD document for {@code event}.
     *
     * @param eventUrl the public URL of an event page by id, e.g. {@code id ->
     *     https://vigil.example/events/{id}}; used for the event itself and for related events
     */
    public static ObjectNode of(EventRecord event, Function<UUID, URI> eventUrl, String licence) {
        return of(event, List.of(), eventUrl, licence);
    }

    /** As {@link #of(EventRecord, Function, String)}, with the events that are {@code part_of} this one. */
    public static ObjectNode of(EventRecord event, List<UUID> parts, Function<UUID, URI> eventUrl, String licence) {
        ObjectNode doc = NODES.objectNode();
        String url = eventUrl.apply(event.id()).toString();
        doc.put("@context", "https://schema.org");
        doc.put("@type", "Event");
        doc.put("@id", url);
        doc.put("url", url);
        doc.put("identifier", event.id().toString());
        // the data's licence: schema.org defines license on CreativeWork rather than Event, but this
        // document is the record's data, and linked-data readers look for it here
        doc.put("license", licence);
        doc.put("name", event.title());
        if (event.summary() != null) {
            doc.put("description", event.summary());
        }
        if (event.date().startText() != null) {
            doc.put("startDate", event.time() == null ? event.date().startText() : startTime(event));
        }
        if (event.date().endText() != null) {
            doc.put("endDate", event.date().endText());
        }
        doc.put("eventStatus", SCHEMA + "EventScheduled");
        if (event.place().isScoped()) {
            doc.put("eventAttendanceMode", SCHEMA + "OnlineEventAttendanceMode");
        } else if (event.kind() == EventKind.RALLY || event.kind() == EventKind.COUNTER_PROTEST) {
            doc.put("eventAttendanceMode", SCHEMA + "OfflineEventAttendanceMode");
        }
        doc.set("location", event.place().isScoped() ? virtualLocation(event.place()) : location(event.place()));
        if (event.concerns() != null) {
            doc.set("about", country(event.concerns()));
        }
        ArrayNode organizers = organizers(event);
        if (!organizers.isEmpty()) {
            doc.set("organizer", organizers);
        }
        ArrayNode superEvents = superEvents(event, eventUrl);
        if (!superEvents.isEmpty()) {
            doc.set("superEvent", superEvents);
        }
        if (!parts.isEmpty()) {
            ArrayNode subEvents = doc.putArray("subEvent");
            parts.forEach(part -> subEvents
                    .addObject()
                    .put("@type", "Event")
                    .put("@id", eventUrl.apply(part).toString()));
        }
        ArrayNode sources = sources(event);
        if (!sources.isEmpty()) {
            doc.set("subjectOf", sources);
        }
        return doc;
    }

    /** ISO 8601 date and time, with the offset on that day when the zone (or an offset) is known. */
    private static String startTime(EventRecord event) {
        TimeOfDay time = event.time();
        LocalDateTime local = LocalDateTime.of(event.date().start(), LocalTime.parse(time.time()));
        if (time.timezone() == null) {
            return local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        }
        return local.atZone(ZoneId.of(time.timezone()))
                .toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static ObjectNode virtualLocation(Place place) {
        ObjectNode location = NODES.objectNode();
        location.put("@type", "VirtualLocation");
        location.put("name", place.scope() == PlaceScope.ONLINE ? "Online" : "Transnational");
        if (!place.targets().isEmpty()) {
            ArrayNode coverage = location.putArray("spatialCoverage");
            place.targets().forEach(target -> coverage.add(country(target)));
        }
        return location;
    }

    private static ObjectNode location(Place place) {
        ObjectNode location = NODES.objectNode();
        location.put("@type", "Place");
        String country = place.countryCode() == null ? null : CountryCodes.englishName(place.countryCode());
        location.put(
                "name",
                String.join(
                        ", ",
                        Stream.of(place.venue(), place.city(), place.admin1(), country)
                                .filter(Objects::nonNull)
                                .toList()));
        ObjectNode address = location.putObject("address");
        address.put("@type", "PostalAddress");
        address.put("addressCountry", place.countryCode());
        if (place.admin1() != null) {
            address.put("addressRegion", place.admin1());
        }
        if (place.city() != null) {
            address.put("addressLocality", place.city());
        }
        if (place.hasCoordinates()) {
            ObjectNode geo = location.putObject("geo");
            geo.put("@type", "GeoCoordinates");
            geo.put("latitude", place.lat());
            geo.put("longitude", place.lon());
        }
        return location;
    }

    private static ObjectNode country(String code) {
        ObjectNode country = NODES.objectNode();
        country.put("@type", "Country");
        country.put("name", CountryCodes.englishName(code));
        country.put("identifier", code);
        return country;
    }

    private static ArrayNode organizers(EventRecord event) {
        ArrayNode organizers = NODES.arrayNode();
        for (EventActor actor : event.actors()) {
            if (actor.role() == ActorRole.ORGANISER) {
                organizers.addObject().put("@type", "Organization").put("name", actor.name());
            }
        }
        return organizers;
    }

    private static ArrayNode superEvents(EventRecord event, Function<UUID, URI> eventUrl) {
        ArrayNode superEvents = NODES.arrayNode();
        for (EventRelation relation : event.relations()) {
            if (relation.type() == RelationType.PART_OF) {
                superEvents
                        .addObject()
                        .put("@type", "Event")
                        .put("@id", eventUrl.apply(relation.eventId()).toString());
            }
        }
        return superEvents;
    }

    private static ArrayNode sources(EventRecord event) {
        ArrayNode works = NODES.arrayNode();
        for (CitedSource source : event.sources()) {
            if (source.url() == null) {
                continue;
            }
            ObjectNode work = works.addObject();
            work.put("@type", "CreativeWork");
            work.put("url", source.url());
            if (source.title() != null) {
                work.put("headline", source.title());
            }
            if (source.publisher() != null) {
                work.putObject("publisher").put("@type", "Organization").put("name", source.publisher());
            }
            if (source.isUnverified()) {
                work.put("creativeWorkStatus", UNVERIFIED);
            }
        }
        return works;
    }
}
