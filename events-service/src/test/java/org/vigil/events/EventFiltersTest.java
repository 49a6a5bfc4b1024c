package org.vigil.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.events.RecordFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/**
 * The filters researchers expect: several values per filter, {@code concerns}, {@code updatedSince},
 * and a 400 for a parameter no read takes. Each test uses countries of its own.
 */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class EventFiltersTest {

    private static List<String> ids(String query) {
        return given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events?limit=200&" + query)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    @Test
    void severalCountriesMatchAnyOfThem() {
        UUID estonia = published(existence("EE", "Tallinn", "2026-01-10"));
        UUID latvia = published(existence("LV", "Riga", "2026-01-10"));
        UUID lithuania = published(existence("LT", "Vilnius", "2026-01-10"));
        List<String> found = ids("country=EE,lv");
        assertEquals(Set.of(estonia.toString(), latvia.toString()), Set.copyOf(found), "not " + lithuania);
    }

    @Test
    void severalCitiesAndKindsMatchAnyOfThem() {
        UUID rosario = published(existence("AR", "Rosario", "2026-01-10"));
        UUID mendoza = published(existence("AR", "Mendoza", "2026-01-10").put("kind", "counter_protest"));
        UUID salta = published(existence("AR", "Salta", "2026-01-10").put("kind", "threat"));
        assertEquals(
                Set.of(rosario.toString(), mendoza.toString()),
                Set.copyOf(ids("country=AR&city=rosario,Mendoza")),
                "not " + salta);
        assertEquals(
                Set.of(rosario.toString(), mendoza.toString()),
                Set.copyOf(ids("country=AR&kind=rally,counter_protest")),
                "not " + salta);
    }

    @Test
    void concernsFiltersByTheCountryAnEventIsAbout() {
        UUID aboutIran = published(existence("MT", "Valletta", "2026-01-10"));
        UUID aboutAfghanistan =
                published(existence("MT", "Valletta", "2026-01-11").put("concerns", "AF"));
        assertEquals(List.of(aboutAfghanistan.toString()), ids("country=MT&concerns=AF"), "not " + aboutIran);
    }

    @Test
    void updatedSinceLeavesOutEventsUnchangedSinceThen() throws InterruptedException {
        UUID earlier = published(existence("SI", "Ljubljana", "2026-01-10"));
        Instant between = Instant.now();
        Thread.sleep(20);
        UUID later = published(existence("SI", "Maribor", "2026-01-10"));
        assertEquals(List.of(later.toString()), ids("country=SI&updatedSince=" + between), "not " + earlier);
    }

    @Test
    void aBadValueAmongSeveralIsA400NamingTheFilter() {
        given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events?country=DE,XX&kind=rally,picnic&updatedSince=soon")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("country", "kind", "updatedSince"));
    }

    @Test
    void anUnknownParameterIsA400NamingIt() {
        given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events?contry=DE&country=DE")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("contry"))
                .body("errors[0].message", equalTo("is not a parameter of this operation"));
    }

    @Test
    void exportsRefuseAnUnknownParameterToo() {
        for (String export : List.of("/api/v1/events.csv", "/api/v1/events.geojson", "/api/v1/stats/summary")) {
            given().auth()
                    .oauth2(reader())
                    .when()
                    .get(export + "?updatedsince=2026-01-01")
                    .then()
                    .statusCode(400)
                    .body("errors.field", containsInAnyOrder("updatedsince"));
        }
    }

    @Test
    void exportsTakeTheNewFilters() {
        UUID cyprus = published(existence("CY", "Nicosia", "2026-01-10").put("concerns", "AF"));
        String csv = given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events.csv?country=CY,MT&concerns=AF&updatedSince=2026-01-01")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(true, csv.contains(cyprus.toString()));
    }
}
