package org.vigil.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.events.RecordFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/**
 * {@code GET /api/v1/events}: each filter, and keyset pagination. Each test uses a country of its
 * own, since the record is shared by every test of the run.
 */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class EventListTest {

    /** The ids of the first page under the given query parameters (name, value, name, value…). */
    private static List<String> ids(String... params) {
        var request = given().auth().oauth2(reader()).queryParam("limit", 200);
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return request.when()
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    private static JsonObject at(JsonObject existence, double lat, double lon) {
        existence.getJsonObject("place").put("lat", lat).put("lon", lon);
        return existence;
    }

    @Test
    void filtersByCityIgnoringCase() {
        UUID zurich = published(existence("CH", "Zürich", "2026-01-10"));
        UUID bern = published(existence("CH", "Bern", "2026-01-10"));
        List<String> found = ids("country", "CH", "city", "ZÜRICH");
        assertEquals(
                List.of(zurich.toString()),
                found.stream()
                        .filter(id -> id.equals(zurich.toString()) || id.equals(bern.toString()))
                        .toList());
    }

    @Test
    void filtersByKind() {
        UUID rally = published(existence("BE", "Brussels", "2026-01-10"));
        UUID threat = published(existence("BE", "Brussels", "2026-01-11").put("kind", "threat"));
        given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events?country=BE&kind=threat")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(threat.toString()))
                .body("items.id", not(hasItem(rally.toString())));
    }

    @Test
    void filtersByCampaign() {
        UUID inCampaign = published(existence("NL", "Amsterdam", "2026-02-14"));
        UUID other = published(existence("NL", "Rotterdam", "2026-02-14"));
        send(claimApproved(inCampaign, UUID.randomUUID(), "campaign", campaign("Global day of action")));
        awaitHistory(inCampaign, 2);
        assertEquals(
                List.of(inCampaign.toString()),
                ids("country", "NL", "campaign", "Global day of action"),
                "not " + other + ", which has no campaign");
    }

    @Test
    void filtersByBoundingBoxInLongitudeLatitudeOrder() {
        UUID lisbon = published(at(existence("PT", "Lisbon", "2026-01-10"), 38.72, -9.14));
        UUID porto = published(at(existence("PT", "Porto", "2026-01-10"), 41.15, -8.61));
        given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events?bbox=-9.5,38.5,-9.0,39.0")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(lisbon.toString()))
                .body("items.id", not(hasItem(porto.toString())));
    }

    @Test
    void findsEnglishWordsInTheTitle() {
        UUID event = published(existence("IE", "Dublin", "2026-01-10", "Candlelight vigil outside the embassy"));
        assertEquals(true, ids("q", "Candlelight EMBASSY").contains(event.toString()));
    }

    @Test
    void findsPersianWordsInTheTitleHoweverYehAndKafAreTyped() {
        UUID event = published(existence("SE", "Stockholm", "2026-01-10", "تجمع بزرگ ایرانیان در استکهلم"));
        UUID other = published(existence("SE", "Malmö", "2026-01-10", "Rally in Malmö"));
        List<String> found = ids("q", "ایرانیان استکهلم");
        assertEquals(true, found.contains(event.toString()));
        assertEquals(false, found.contains(other.toString()));
        // Arabic yeh (ي) and kaf (ك), as an Arabic keyboard types them
        assertEquals(true, ids("q", "ايرانيان استكهلم").contains(event.toString()));
    }

    @Test
    void datesMatchEventsWhoseOwnDaysOverlapThemOpenAndLongOnesIncluded() {
        UUID before = published(existence("DK", "Copenhagen", "2026-01-05"));
        UUID inside = published(existence("DK", "Aarhus", "2026-01-15"));
        UUID longRange = published(existence("DK", "Odense", "2025-10-01/2026-03-31"));
        UUID stillGoing = published(existence("DK", "Aalborg", "2025-12/.."));
        UUID endsInside = published(existence("DK", "Esbjerg", "../2026-01-12"));
        UUID after = published(existence("DK", "Roskilde", "2026-02"));
        List<String> found = ids("country", "DK", "from", "2026-01-11", "to", "2026-01-20");
        assertEquals(
                List.of(inside, endsInside, stillGoing, longRange).stream()
                        .map(UUID::toString)
                        .toList(),
                found.stream()
                        .filter(id -> !id.equals(before.toString()) && !id.equals(after.toString()))
                        .toList(),
                "overlapping events, newest first by first day (an open start sorts by its end)");
        assertEquals(false, found.contains(before.toString()));
        assertEquals(false, found.contains(after.toString()));
    }

    @Test
    void pagesAreStableWhileEventsAreAdded() {
        List<UUID> first = new ArrayList<>();
        for (int day = 10; day < 15; day++) {
            first.add(published(existence("FI", "Helsinki", "2026-01-" + day)));
        }
        var page1 = given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events?country=FI&limit=2")
                .then()
                .statusCode(200)
                .body("nextCursor", notNullValue())
                .extract()
                .jsonPath();
        // a newer one and an older one arrive while the reader is paging
        UUID newer = published(existence("FI", "Tampere", "2026-01-20"));
        UUID older = published(existence("FI", "Turku", "2026-01-01"));
        List<String> seen = new ArrayList<>(page1.getList("items.id"));
        String cursor = page1.getString("nextCursor");
        while (cursor != null) {
            var page = given().auth()
                    .oauth2(reader())
                    .queryParam("cursor", cursor)
                    .when()
                    .get("/api/v1/events?country=FI&limit=2")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        }
        List<String> expected =
                new ArrayList<>(first.stream().map(UUID::toString).toList());
        Collections.reverse(expected);
        expected.add(older.toString());
        assertEquals(expected, seen, "every event once, in order; the newer one belongs before the first page");
        assertEquals(false, seen.contains(newer.toString()));
    }

    @Test
    void aCursorThisServiceDidNotIssueIsA400() {
        given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events?cursor=bm90LWEtY3Vyc29y")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("cursor"));
    }

    @Test
    void aBadBoundingBoxIsA400NamingIt() {
        given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events?bbox=10,50,5,40")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("bbox"));
    }

    @Test
    void theLastPageHasNoNextCursor() {
        published(existence("LU", "Luxembourg", "2026-01-10"));
        given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events?country=LU&limit=200")
                .then()
                .statusCode(200)
                .body("nextCursor", nullValue());
    }
}
