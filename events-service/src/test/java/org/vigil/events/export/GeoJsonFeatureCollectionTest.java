package org.vigil.events.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.claims.Place;
import org.vigil.contracts.claims.PlacePrecision;
import org.vigil.events.record.EventRecord;

class GeoJsonFeatureCollectionTest {

    static final String LICENCE = "https://example.org/licence";

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode export(EventRecord... events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeoJsonFeatureCollection.export(List.of(events).iterator(), out, LICENCE);
        return json.readTree(out.toByteArray());
    }

    @Test
    void anEmptyRecordIsAnEmptyFeatureCollection() throws IOException {
        JsonNode collection = export();
        assertEquals("FeatureCollection", collection.get("type").asText());
        assertEquals(0, collection.get("features").size());
    }

    @Test
    void eachEventIsAPointFeatureIdentifiedByTheEventId() throws IOException {
        JsonNode feature = export(Events.munich()).get("features").get(0);
        assertEquals("Feature", feature.get("type").asText());
        assertEquals(Events.MUNICH_ID.toString(), feature.get("id").asText());
        assertEquals("Point", feature.get("geometry").get("type").asText());
    }

    @Test
    void coordinatesAreLongitudeThenLatitude() throws IOException {
        JsonNode coordinates =
                export(Events.munich()).get("features").get(0).get("geometry").get("coordinates");
        assertEquals(11.575, coordinates.get(0).asDouble());
        assertEquals(48.137, coordinates.get(1).asDouble());
    }

    @Test
    void anEventWithoutCoordinatesIsKeptWithANullGeometry() throws IOException {
        EventRecord bavaria =
                Events.withPlace(new Place("DE", "Bavaria", null, null, null, null, PlacePrecision.REGION));
        JsonNode feature = export(bavaria).get("features").get(0);
        assertTrue(feature.has("geometry"));
        assertTrue(feature.get("geometry").isNull());
    }

    @Test
    void anIncidentWithNoCountryIsKeptWithNullCountryAndGeometry() throws IOException {
        EventRecord online = Events.withPlace(new Place(null, null, null, null, null, null, null));
        JsonNode feature = export(online).get("features").get(0);
        assertTrue(feature.get("geometry").isNull());
        assertTrue(feature.get("properties").get("country").isNull());
    }

    @Test
    void anOnlineIncidentHasNullGeometryAndSaysItsScopeAndTargets() throws IOException {
        JsonNode feature =
                export(Events.withPlace(Events.PHISHING)).get("features").get(0);
        assertTrue(feature.get("geometry").isNull());
        assertEquals("online", feature.get("properties").get("scope").asText());
        assertEquals("[\"GB\",\"DE\"]", feature.get("properties").get("targets").toString());
    }

    @Test
    void propertiesAreThePublicFieldsAndNothingAboutWhoReported() throws IOException {
        JsonNode properties = export(Events.munich()).get("features").get(0).get("properties");
        Set<String> names = new TreeSet<>();
        properties.fieldNames().forEachRemaining(names::add);
        assertEquals(
                new TreeSet<>(Set.of(
                        "id",
                        "kind",
                        "title",
                        "date",
                        "start",
                        "end",
                        "precision",
                        "countryCode",
                        "country",
                        "admin1",
                        "city",
                        "placePrecision",
                        "concerns",
                        "campaign",
                        "attendance",
                        "updatedAt")),
                names);
    }

    @Test
    void aFigureCarriesItsSpanAndWhetherItIsDisputed() throws IOException {
        JsonNode attendance =
                export(Events.munich()).get("features").get(0).get("properties").get("attendance");
        assertEquals(250_000, attendance.get("low").asLong());
        assertTrue(attendance.get("high").isNull());
        assertFalse(attendance.get("disputed").asBoolean());
    }

    @Test
    void anOpenEndIsANullDay() throws IOException {
        JsonNode properties =
                export(Events.withDate("2026-01/..")).get("features").get(0).get("properties");
        assertEquals("2026-01-01", properties.get("start").asText());
        assertTrue(properties.get("end").isNull());
        assertEquals("open", properties.get("precision").asText());
    }

    @Test
    void persianTextIsWrittenAsUtf8() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeoJsonFeatureCollection.export(
                List.of(Events.withTitle("تجمع در مونیخ")).iterator(), out, LICENCE);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"title\":\"تجمع در مونیخ\""));
    }

    @Test
    void featuresAreWrittenAsTheyAreAddedAndTheStreamStaysOpen() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeoJsonFeatureCollection collection = new GeoJsonFeatureCollection(out, LICENCE);
        collection.add(Events.munich());
        collection.flush();
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(Events.MUNICH_ID.toString()));
        collection.add(Events.withTitle("second"));
        collection.close();
        out.write(' ');
        assertEquals(2, json.readTree(out.toByteArray()).get("features").size());
    }

    @Test
    void aLargeExportWritesEveryFeature() throws IOException {
        EventRecord munich = Events.munich();
        Iterator<EventRecord> many = Stream.generate(() -> munich).limit(10_000).iterator();
        assertEquals(10_000, GeoJsonFeatureCollection.export(many, OutputStream.nullOutputStream(), LICENCE));
    }

    @Test
    void theCollectionNamesTheLicenceItWasGiven() throws IOException {
        assertEquals(LICENCE, export(Events.munich()).get("license").asText());
    }

    @Test
    void aFeatureRenderedAheadReadsAsTheEventAddedItself() throws IOException {
        EventRecord persian = Events.withTitle("تجمع در مونیخ");
        ByteArrayOutputStream rendered = new ByteArrayOutputStream();
        try (GeoJsonFeatureCollection collection = new GeoJsonFeatureCollection(rendered, LICENCE)) {
            collection.addRendered(GeoJsonFeatureCollection.feature(Events.munich()));
            collection.addRendered(GeoJsonFeatureCollection.feature(persian));
        }
        assertEquals(export(Events.munich(), persian), json.readTree(rendered.toByteArray()));
    }
}
