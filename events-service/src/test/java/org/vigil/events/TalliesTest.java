package org.vigil.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.vigil.events.RecordFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** Tallies: counts sources give for many events at once, shown beside the record's counts and never in them. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class TalliesTest {

    private static ValidatableResponse get(String path, String... params) {
        var request = given().auth().oauth2(reader());
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return request.when().get(path).then().statusCode(200);
    }

    /** Approves a tally (on a reserved id that never becomes an event) and waits until it is listed. */
    private static UUID approvedTally(String country, String period, long count) {
        UUID claim = UUID.randomUUID();
        send(claimApproved(UUID.randomUUID(), claim, "tally", tally("rally", country, period, count)));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> get("/api/v1/tallies", "country", country)
                        .body("items.id", org.hamcrest.Matchers.hasItem(claim.toString())));
        return claim;
    }

    @Test
    void anApprovedTallyIsListedWithItsCountPeriodAndCitation() {
        UUID germany = approvedTally("HR", "2026-01-11/2026-01-20", 27);
        get("/api/v1/tallies", "country", "HR")
                .body("items.id", contains(germany.toString()))
                .body("items[0].count.low", equalTo(27))
                .body("items[0].period", equalTo("2026-01-11/2026-01-20"))
                .body("items[0].subject", equalTo("events"))
                .body("items[0].citations[0].publisher", equalTo("Wikipedia"))
                .body("nextCursor", equalTo(null));
    }

    @Test
    void aTallyIsNeverCountedAsAnEvent() {
        approvedTally("BT", "2026-01-11/2026-01-20", 27);
        published(existence("BT", "Thimphu", "2026-01-17"));
        get("/api/v1/stats/summary", "country", "BT", "kind", "rally", "from", "2026-01-11", "to", "2026-01-20")
                .body("rallies", equalTo(1))
                .body("reported.tallies[0].count.low", equalTo(27))
                .body("reported.tallies[0].within", equalTo(true));
    }

    @Test
    void countsCarryWhatSourcesReportBesideThem() {
        approvedTally("TO", "2026-01", 5);
        get("/api/v1/stats/counts", "groupBy", "country", "country", "TO")
                .body("groups", empty())
                .body("reported.tallies[0].count.low", equalTo(5));
    }

    @Test
    void aTallyOutsideTheWindowIsNotReported() {
        approvedTally("LT", "2026-01-11/2026-01-20", 9);
        get("/api/v1/stats/summary", "country", "LT", "from", "2026-02-01", "to", "2026-02-28")
                .body("reported.tallies", empty());
    }

    @Test
    void aTallyIsNotAnEventOfTheList() {
        UUID tally = approvedTally("NR", "2026-01", 4);
        get("/api/v1/events", "country", "NR").body("items", empty());
        given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events/" + tally)
                .then()
                .statusCode(404);
    }

    @Test
    void aRetractedTallyLeavesTheList() {
        UUID tally = approvedTally("EE", "2026-01", 3);
        send(claimRetracted(UUID.randomUUID(), tally, UUID.randomUUID(), "the source was misread"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> get("/api/v1/tallies", "country", "EE").body("items", empty()));
    }

    @Test
    void theTallyListRefusesAnUnknownKind() {
        given().auth()
                .oauth2(reader())
                .queryParam("kind", "festival")
                .when()
                .get("/api/v1/tallies")
                .then()
                .statusCode(400);
    }
}
