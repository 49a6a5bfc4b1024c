package org.vigil.events.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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

    private static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final JsonGenerator json;
    private boolean closed;

    /**
     * Starts a collection on {@code out}, in UTF-8, naming the data's licence in a foreign member
     * {@code license} (RFC 7946 §6.1), as the JSON-LD of an event does.
     */
    public GeoJsonFeatureCollection(OutputStream out, String licence) throws IOException {
        this.json = FACTORY.createGenerator(out);
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
        addRendered(feature(event));
    }

    /**
     * Adds Features rendered earlier by {@link #feature} (stored beside the event, {@link
     * ExportRendering}): one, or several separated by commas.
     */
    public void addRendered(String features) throws IOException {
        json.writeRawValue(features);
    }

    /** One event's Feature as JSON text, as {@link #add} writes it into a collection. */
    public static String feature(EventRecord event) {
        StringWriter text = new StringWriter(768);
        try (JsonGenerator feature = FACTORY.createGenerator(text)) {
            feature.writeStartObject();
            feature.writeStringField("type", "Feature");
            feature.writeStringField("id", event.id().toString());
            geometry(feature, event.place());
            feature.writeObjectFieldStart("properties");
            properties(feature, event);
            feature.writeEndObject();
            feature.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
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

    private static void geometry(JsonGenerator json, Place place) throws IOException {
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

    private static void properties(JsonGenerator json, EventRecord event) throws IOException {
        Place place = event.place();
        json.writeStringField("id", event.id().toString());
        json.writeStringField("kind", event.kind().wire());
        json.writeStringField("title", event.title());
        json.writeStringField("date", event.date().toString());
        day(json, "start", event.start());
        day(json, "end", event.end());
        json.writeStringField("precision", event.precision().wire());
        json.writeStringField("countryCode", place.countryCode());
        // an online or transnational incident has no country of its own: both stay null
        json.writeStringField(
                "country", place.countryCode() == null ? null : CountryCodes.englishName(place.countryCode()));
        text(json, "admin1", place.admin1());
        text(json, "city", place.city());
        text(json, "venue", place.venue());
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
        text(json, "concerns", event.concerns());
        text(json, "campaign", event.campaign());
        figures(json, event.figures());
        if (event.updatedAt() != null) {
            json.writeStringField("updatedAt", event.updatedAt().toString());
        }
    }

    private static void figures(JsonGenerator json, Figures figures) throws IOException {
        figure(json, "attendance", figures.attendance());
        figure(json, "injured", figures.injured());
        figure(json, "killed", figures.killed());
        figure(json, "arrested", figures.arrested());
        figure(json, "signatures", figures.signatures());
    }

    /** A figure's span and whether it is disputed; its claims are on the event's own page. */
    private static void figure(JsonGenerator json, String name, Figure figure) throws IOException {
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
    private static void day(JsonGenerator json, String name, LocalDate day) throws IOException {
        if (day == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, day.toString());
        }
    }

    private static void text(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }
}
