package org.vigil.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.vigil.events.RecordFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** {@code GET /api/v1/stats/summary} and {@code /stats/counts}, under the list's filters. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class StatsTest {

    private static ValidatableResponse get(String path, String... params) {
        var request = given().auth().oauth2(reader());
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return request.when().get(path).then().statusCode(200);
    }

    /** An event placed only in a country, as the seeds' statements about many rallies are. */
    private static JsonObject countryWide(String country, String date, String title) {
        return existence(country, "unused", date, title)
                .put("place", new JsonObject().put("countryCode", country).put("precision", "country"));
    }

    @Test
    void countsByKind() {
        published(existence("GR", "Athens", "2026-01-11"));
        published(existence("GR", "Athens", "2026-01-12"));
        published(existence("GR", "Thessaloniki", "2026-01-12").put("kind", "threat"));
        get("/api/v1/stats/counts", "groupBy", "kind", "country", "GR")
                .body("groups.key", contains("rally", "threat"))
                .body("groups.count", contains(2, 1));
    }

    @Test
    void countsByDayGiveOnlyTheDaysInsideTheWindowInDateOrder() {
        published(existence("RO", "Bucharest", "2026-01-13"));
        published(existence("RO", "Cluj-Napoca", "2026-01-10"));
        published(existence("RO", "Iași", "2026-01-12"));
        get("/api/v1/stats/counts", "groupBy", "day", "country", "RO", "from", "2026-01-11", "to", "2026-01-20")
                .body("groups.key", contains("2026-01-12", "2026-01-13"))
                .body("groups.count", contains(1, 1));
    }

    @Test
    void anEventNotKnownToTheDayIsCountedApartFromTheDaysByHowItsDaysAreKnown() {
        published(existence("RS", "Belgrade", "2026-01-12"));
        published(existence("RS", "Belgrade", "2026-01"));
        published(existence("RS", "Novi Sad", "2026-01-11/2026-01-13"));
        published(existence("RS", "Niš", "2026-01/.."));
        get("/api/v1/stats/counts", "groupBy", "day", "country", "RS", "from", "2026-01-11", "to", "2026-01-20")
                .body("groups.key", contains("2026-01-12"))
                .body("notByDay.events", equalTo(3))
                .body("notByDay.byPrecision.month", equalTo(1))
                .body("notByDay.byPrecision.range", equalTo(1))
                .body("notByDay.byPrecision.open", equalTo(1));
    }

    @Test
    void countsByDayUnderACityFilterAlsoSetApartWhatIsNotKnownToTheDay() {
        published(existence("ME", "Podgorica", "2026-01-12"));
        published(existence("ME", "Podgorica", "2026-01"));
        get("/api/v1/stats/counts", "groupBy", "day", "city", "podgorica")
                .body("groups.key", contains("2026-01-12"))
                .body("notByDay.events", equalTo(1))
                .body("notByDay.byPrecision.month", equalTo(1));
    }

    @Test
    void theSummarySaysHowManyEventsLieWithinTheWindowAndHowManyOnlyOverlapIt() {
        published(countryWide("MK", "2026-01/..", "Solidarity rallies in North Macedonia from January 2026"));
        published(countryWide("MK", "2026-01-11/2026-01-20", "Rallies in North Macedonia, 11–20 January"));
        published(existence("MK", "Skopje", "2026-01-17"));
        published(existence("MK", "Skopje", "2026-01-17").put("kind", "counter_protest"));
        published(existence("MK", "Bitola", "2026-01-25"));
        get("/api/v1/stats/summary", "country", "MK", "from", "2026-01-11", "to", "2026-01-20")
                .body("events", equalTo(4))
                .body("eventsWithin", equalTo(3))
                .body("eventsOnlyOverlapping", equalTo(1))
                .body("rallies", equalTo(3))
                .body("ralliesWithin", equalTo(2))
                .body("ralliesOnlyOverlapping", equalTo(1));
    }

    @Test
    void theSummaryUnderACityFilterSplitsWithinFromOverlappingToo() {
        published(existence("AL", "Tirana", "2026-01-15"));
        published(existence("AL", "Tirana", "2026-01"));
        get("/api/v1/stats/summary", "city", "Tirana", "from", "2026-01-11", "to", "2026-01-20")
                .body("events", equalTo(2))
                .body("eventsWithin", equalTo(1))
                .body("eventsOnlyOverlapping", equalTo(1));
    }

    @Test
    void countsByCountryUnderADateRange() {
        published(existence("BG", "Sofia", "2026-01-15"));
        published(existence("BG", "Varna", "2026-01-25"));
        get("/api/v1/stats/counts", "groupBy", "country", "country", "BG", "from", "2026-01-11", "to", "2026-01-20")
                .body("groups.key", contains("BG"))
                .body("groups.count", contains(1));
    }

    @Test
    void countsByCityNameTheCountryOfEach() {
        published(existence("PL", "Warsaw", "2026-01-11"));
        published(existence("PL", "warsaw", "2026-01-12"));
        published(existence("PL", "Kraków", "2026-01-12"));
        get("/api/v1/stats/counts", "groupBy", "city", "country", "PL")
                .body("groups.key", contains("Warsaw", "Kraków"))
                .body("groups.country", contains("PL", "PL"))
                .body("groups.count", contains(2, 1));
    }

    @Test
    void countsByCityAndSummarisesUnderADateRange() {
        published(existence("SK", "Bratislava", "2026-01-11"));
        published(existence("SK", "Bratislava", "2026-02-11"));
        published(existence("SK", "Košice", "2026-01-12"));
        get("/api/v1/stats/counts", "groupBy", "city", "country", "SK", "from", "2026-01-01", "to", "2026-01-31")
                .body("groups.key", contains("Bratislava", "Košice"))
                .body("groups.count", contains(1, 1));
        get("/api/v1/stats/summary", "country", "SK", "from", "2026-01-01", "to", "2026-01-31")
                .body("events", equalTo(2))
                .body("cities", equalTo(2));
    }

    @Test
    void countsUnderAFullTextFilter() {
        published(existence("HR", "Zagreb", "2026-01-11", "Solidarity march with a drum circle"));
        published(existence("HR", "Split", "2026-01-11"));
        get("/api/v1/stats/counts", "groupBy", "country", "q", "drum circle")
                .body("groups.key", contains("HR"))
                .body("groups.count", contains(1));
    }

    @Test
    void aRetractedEventIsNoLongerCounted() {
        published(existence("CZ", "Prague", "2026-01-11"));
        UUID event = UUID.randomUUID();
        UUID existence = UUID.randomUUID();
        send(claimApproved(event, existence, "existence", existence("CZ", "Brno", "2026-01-11")));
        awaitStatus(event, 200);
        get("/api/v1/stats/counts", "groupBy", "country", "country", "CZ").body("groups.count", contains(2));
        send(claimRetracted(event, existence, UUID.randomUUID(), "fabricated"));
        awaitStatus(event, 404);
        get("/api/v1/stats/counts", "groupBy", "country", "country", "CZ").body("groups.count", contains(1));
        get("/api/v1/stats/summary", "country", "CZ").body("events", equalTo(1));
    }

    @Test
    void theSummaryCountsEventsRalliesCountriesCitiesAndNamesTheLargestAttendance() {
        UUID largest = published(existence("HU", "Budapest", "2026-01-11"));
        UUID smaller = published(existence("HU", "budapest", "2026-01-12"));
        published(existence("HU", "Debrecen", "2026-01-12").put("kind", "threat"));
        send(claimApproved(largest, UUID.randomUUID(), "attendance", attendance(10_000)));
        send(claimApproved(smaller, UUID.randomUUID(), "attendance", attendance(2_000)));
        awaitHistory(largest, 2);
        awaitHistory(smaller, 2);
        get("/api/v1/stats/summary", "country", "HU")
                .body("events", equalTo(3))
                .body("rallies", equalTo(2))
                .body("countries", equalTo(1))
                .body("cities", equalTo(2))
                .body("largestAttendance.eventId", equalTo(largest.toString()))
                .body("largestAttendance.low", equalTo(10000));
    }

    @Test
    void theSummaryOfNothingIsZeroWithNoLargestAttendance() {
        get("/api/v1/stats/summary", "country", "IS")
                .body("events", equalTo(0))
                .body("cities", equalTo(0))
                .body("largestAttendance", equalTo(null));
    }

    @Test
    void anUnknownGroupingIsA400NamingIt() {
        given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/stats/counts?groupBy=weather")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("groupBy"));
    }
}
