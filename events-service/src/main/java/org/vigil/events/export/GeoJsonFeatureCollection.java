package org.vigil.events.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Iterator;
import org.vigil.contracts.claims.Place;
import org.vigil.contracts.vocabulary.CountryCodes;
import org.vigil.events.record.EventRecord;
import org.vigil.events.record.Figure;
import org.vigil.events.record.Figures;

/**
 * The public record as an RFC 7946 GeoJSON FeatureCollection, written one feature at a time with
 * Jackson's streaming generator, so an export of any size holds one event in memory.
 *
 * <p>Each event is a Feature whose {@code id} is the event's id and whose geometry is a Point in
 * {@code [longitude, latitude]} order (RFC 7946 §3.1.1), or {@code null} when the place has no
 * coordinates (§3.2): such events are still exported, because leaving them out would make the
 * export silently incomplete. Properties carry the public fields a map needs and nothing about who
 * reported or moderated anything. Coordinates are of the unit named by {@code placePrecision}; a
 * map should not draw a city-precision point as the venue.
 *
 * <p>Open the collection, {@link #add} events, {@link #close()} it: closing ends the JSON and
 * flushes, but leaves the underlying stream open for its owner.
 */
public final class GeoJsonFeatureCollection implements Closeable, Flushable {

    public static final String MEDIA_TYPE = "application/geo+json";

    private final JsonGenerator json;
    private boolean closed;

    /**
     * Starts a collection on {@code out}, in UTF-8, naming the data's licence in a foreign member
     * {@code license} (RFC 7946 §6.1), as the JSON-LD of an event does.
     */
    public GeoJsonFeatureCollection(OutputStream out, String licence) throws IOException {
        JsonFactory factory = JsonFactory.builder()
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        this.json = factory.createGenerator(out);
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        json.writeStringField("license", licence);
        json.writeArrayFieldStart("features");
    }

    /**
     * Writes every event to {@code out} as one collection; flushes but does not close it.
     *
     * @return the number of features written
     */
    public static long export(Iterator<? extends EventRecord> events, OutputStream out, String licence)
            throws IOException {
        long features = 0;
        try (GeoJsonFeatureCollection collection = new GeoJsonFeatureCollection(out, licence)) {
            while (events.hasNext()) {
                collection.add(events.next());
                features++;
            }
        }
        return features;
    }

    public void add(EventRecord event) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", event.id().toString());
        geometry(event.place());
        json.writeObjectFieldStart("properties");
        properties(event);
        json.writeEndObject();
        json.writeEndObject();
    }

    @Override
    public void flush() throws IOException {
        json.flush();
    }

    /** Ends the collection and flushes; the underlying stream stays open. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }

    private void geometry(Place place) throws IOException {
        if (!place.hasCoordinates()) {
            json.writeNullField("geometry");
            return;
        }
        json.writeObjectFieldStart("geometry");
        json.writeStringField("type", "Point");
        json.writeArrayFieldStart("coordinates");
        json.writeNumber(place.lon());
        json.writeNumber(place.lat());
        json.writeEndArray();
        json.writeEndObject();
    }

    private void properties(EventRecord event) throws IOException {
        Place place = event.place();
        json.writeStringField("id", event.id().toString());
        json.writeStringField("kind", event.kind().wire());
        json.writeStringField("title", event.title());
        json.writeStringField("date", event.date().toString());
        day("start", event.start());
        day("end", event.end());
        json.writeStringField("precision", event.precision().wire());
        json.writeStringField("countryCode", place.countryCode());
        // an online or transnational incident has no country of its own: both stay null
        json.writeStringField(
                "country", place.countryCode() == null ? null : CountryCodes.englishName(place.countryCode()));
        text("admin1", place.admin1());
        text("city", place.city());
        text("venue", place.venue());
        json.writeStringField(
                "placePrecision",
                place.precision() == null ? null : place.precision().wire());
        if (place.isScoped()) {
            json.writeStringField("scope", place.scope().wire());
            json.writeArrayFieldStart("targets");
            for (String target : place.targets()) {
                json.writeString(target);
            }
            json.writeEndArray();
        }
        text("concerns", event.concerns());
        text("campaign", event.campaign());
        figures(event.figures());
        if (event.updatedAt() != null) {
            json.writeStringField("updatedAt", event.updatedAt().toString());
        }
    }

    private void figures(Figures figures) throws IOException {
        figure("attendance", figures.attendance());
        figure("injured", figures.injured());
        figure("killed", figures.killed());
        figure("arrested", figures.arrested());
        figure("signatures", figures.signatures());
    }

    /** A figure's span and whether it is disputed; its claims are on the event's own page. */
    private void figure(String name, Figure figure) throws IOException {
        if (figure == null) {
            return;
        }
        json.writeObjectFieldStart(name);
        if (figure.low() == null) {
            json.writeNullField("low");
        } else {
            json.writeNumberField("low", figure.low());
        }
        if (figure.high() == null) {
            json.writeNullField("high");
        } else {
            json.writeNumberField("high", figure.high());
        }
        json.writeBooleanField("disputed", figure.disputed());
        json.writeEndObject();
    }

    /** A day, or {@code null} for an open end, so every feature has the same property names. */
    private void day(String name, LocalDate day) throws IOException {
        if (day == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, day.toString());
        }
    }

    private void text(String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }
}
