package org.vigil.events;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.events.RecordFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.events.export.AcledCsv;
import org.vigil.events.export.ExportRendering;
import org.vigil.events.export.ExportRenderings;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/**
 * The exports stream each event's rendering as stored when it was written, and only when it was
 * rendered under the running rules: any other is rendered again, from the record.
 */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class StoredRenderingsTest {

    @Inject
    Pool pool;

    @Inject
    ExportRenderings renderings;

    @Test
    void aPublishedEventIsExportedAsItsStoredRendering() {
        UUID reykjavik = published(existence("IS", "Reykjavik", "2026-02-01"));
        Row stored = stored(reykjavik);
        assertEquals(ExportRendering.RULES, stored.getString("export_rules"));
        assertEquals(AcledCsv.header() + stored.getString("export_csv"), csv("Reykjavik"));
    }

    @Test
    void aRenderingOfOtherRulesIsNeverExportedTheEventIsRenderedFromItsRecord() {
        UUID akureyri = published(existence("IS", "Akureyri", "2026-02-02"));
        String rendered = stored(akureyri).getString("export_csv");
        outdate(akureyri, "'outdated line\r\n'", "'{\"outdated\": true}'", "'other-rules'");
        assertEquals(AcledCsv.header() + rendered, csv("Akureyri"));
        asReader()
                .when()
                .get("/api/v1/events.geojson?country=IS&city=Akureyri")
                .then()
                .statusCode(200)
                .body("features.id", contains(akureyri.toString()))
                .body(not(containsString("outdated")));
    }

    @Test
    void renderingsOfOtherRulesOrNoneAreRenderedAgain() {
        UUID husavik = published(existence("IS", "Husavik", "2026-02-03"));
        UUID selfoss = published(existence("IS", "Selfoss", "2026-02-04"));
        Row husavikAsWritten = stored(husavik);
        Row selfossAsWritten = stored(selfoss);
        outdate(husavik, "'outdated line\r\n'", "'{}'", "'other-rules'");
        outdate(selfoss, "null", "null", "null"); // as the rows from before the renderings were stored

        renderings.refresh().await().indefinitely();

        for (Row[] row : new Row[][] {{husavikAsWritten, stored(husavik)}, {selfossAsWritten, stored(selfoss)}}) {
            assertEquals(ExportRendering.RULES, row[1].getString("export_rules"));
            assertEquals(row[0].getString("export_csv"), row[1].getString("export_csv"));
            assertEquals(row[0].getString("export_feature"), row[1].getString("export_feature"));
        }
    }

    private static String csv(String city) {
        return asReader()
                .when()
                .get("/api/v1/events.csv?country=IS&city=" + city)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private Row stored(UUID eventId) {
        return pool.preparedQuery("select export_csv, export_feature, export_rules from event where id = $1")
                .execute(Tuple.of(eventId))
                .await()
                .indefinitely()
                .iterator()
                .next();
    }

    /** Stores another rendering for the event, as older rules would have written it (SQL literals). */
    private void outdate(UUID eventId, String csv, String feature, String rules) {
        pool.preparedQuery("update event set export_csv = %s, export_feature = %s, export_rules = %s where id = $1"
                        .formatted(csv, feature, rules))
                .execute(Tuple.of(eventId))
                .await()
                .indefinitely();
    }
}
