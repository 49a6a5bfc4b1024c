package org.vigil.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.events.RecordFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.events.export.AcledCsv;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/**
 * The exports and JSON-LD, each read through its own snapshot. Tests run with export chunks of two
 * events, so three events stream in several chunks.
 */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class ExportTest {

    private static UUID auckland;
    private static UUID wellington;
    private static UUID christchurch;

    /** Three events in New Zealand, published once for the whole class (by the first test that runs). */
    @BeforeEach
    void threeEventsInNewZealand() {
        if (auckland == null) {
            auckland = published(existence("NZ", "Auckland", "2026-01-11", "Rally at Aotea Square, Auckland"));
            wellington = published(existence("NZ", "Wellington", "2026-01-12"));
            christchurch = published(existence("NZ", "Christchurch", "2026-01-13"));
        }
    }

    @Test
    void theCsvExportStreamsEveryMatchingEventNewestFirst() {
        Response csv = given().auth().oauth2(reader()).when().get("/api/v1/events.csv?country=NZ");
        csv.then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Transfer-Encoding", "chunked")
                .header("Content-Disposition", containsString("vigil-events.csv"));
        String[] lines = csv.asString().split("\r\n");
        assertEquals(4, lines.length, "a header and three rows");
        assertEquals("event_id_cnty", lines[0].split(",")[0]);
        assertEquals(
                List.of("NZL-" + christchurch, "NZL-" + wellington, "NZL-" + auckland),
                List.of(lines[1].split(",")[0], lines[2].split(",")[0], lines[3].split(",")[0]));
    }

    @Test
    void theCsvExportTakesTheListsFilters() {
        String body = given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events.csv?country=NZ&city=wellington")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String[] lines = body.split("\r\n");
        assertEquals(2, lines.length);
        assertEquals("NZL-" + wellington, lines[1].split(",")[0]);
    }

    @Test
    void aRallyWithApprovedArrestsIsExportedAsAProtestWithInterventionNotAPeacefulProtest() {
        UUID london = published(existence("GB", "London", "2026-01-16", "Protest in London, 16 January 2026"));
        send(claimApproved(
                london,
                UUID.randomUUID(),
                "arrested",
                new JsonObject()
                        .put("low", 14)
                        .put("high", 14)
                        .put("qualifier", "exact")
                        .put("estimatedBy", "media")));
        awaitHistory(london, 2);
        String body = given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events.csv?country=GB&city=London&from=2026-01-16&to=2026-01-16")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> cells = List.of(body.split("\r\n")[1].split(","));
        assertEquals("Protest with intervention", cells.get(AcledCsv.COLUMNS.indexOf("sub_event_type")));
        assertEquals("United Kingdom", cells.get(AcledCsv.COLUMNS.indexOf("country")));
    }

    @Test
    void anExportWithNothingToExportIsJustTheHeader() {
        given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events.csv?country=NZ&from=2030-01-01")
                .then()
                .statusCode(200)
                .body(equalTo(String.join(",", AcledCsv.COLUMNS) + "\r\n"));
    }

    @Test
    void theGeoJsonExportIsAFeatureCollectionOfPointsInLongitudeLatitudeOrder() {
        given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events.geojson?country=NZ")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/geo+json"))
                .header("Transfer-Encoding", "chunked")
                .body("type", equalTo("FeatureCollection"))
                .body("features", hasSize(3))
                .body("features.id", contains(christchurch.toString(), wellington.toString(), auckland.toString()))
                .body("features[0].geometry.type", equalTo("Point"))
                .body("features[0].geometry.coordinates", contains(11.575f, 48.137f));
    }

    @Test
    void acceptApplicationJsonGetsTheGeoJsonExport() {
        given().auth()
                .oauth2(reader())
                .accept("application/json")
                .when()
                .get("/api/v1/events.geojson?country=NZ")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/geo+json"))
                .body("type", equalTo("FeatureCollection"))
                .body("features", hasSize(3));
    }

    @Test
    void anEmptyGeoJsonExportIsAnEmptyCollection() {
        given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events.geojson?country=NZ&to=2000-01-01")
                .then()
                .statusCode(200)
                .body("type", equalTo("FeatureCollection"))
                .body("features", hasSize(0));
    }

    @Test
    void aBadFilterIsRefusedBeforeAnythingIsExported() {
        given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events.csv?country=XX1")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anEventAsJsonLdIsASchemaOrgEvent() {
        given().auth()
                .oauth2(reader())
                .accept("application/ld+json")
                .when()
                .get("/api/v1/events/" + auckland)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@type'", equalTo("Event"))
                .body("'@id'", equalTo("http://localhost:8080/events/" + auckland))
                .body("name", equalTo("Rally at Aotea Square, Auckland"))
                .body("startDate", equalTo("2026-01-11"))
                .body("location.address.addressCountry", equalTo("NZ"))
                .body("location.geo.latitude", equalTo(48.137f));
    }

    @Test
    void anyOtherAcceptGetsThePublicJson() {
        given().auth()
                .oauth2(reader())
                .accept("application/json, application/ld+json;q=0.5")
                .when()
                .get("/api/v1/events/" + auckland)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("id", equalTo(auckland.toString()));
    }
}
