package org.vigil.events;

import static org.hamcrest.Matchers.equalTo;
import static org.vigil.events.RecordFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** A quote two moderators approved although it was not found in its source is marked, never shown as verified. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class UnverifiedQuoteTest {

    private static JsonObject unverified(JsonObject approved) {
        approved.getJsonObject("payload")
                .getJsonArray("citations")
                .getJsonObject(0)
                .put("unverified", true);
        return approved;
    }

    private static UUID withUnverifiedAttendance() {
        UUID event = published(existence("NL", "Utrecht", "2026-01-17"));
        send(unverified(claimApproved(event, UUID.randomUUID(), "attendance", attendance(1_500))));
        awaitHistory(event, 2);
        return event;
    }

    @Test
    void theEventShowsTheQuoteUnverifiedBesideIt() {
        UUID event = withUnverifiedAttendance();
        readEvent(event)
                .statusCode(200)
                .body(
                        "figures.attendance.claims[0].citations[0].exact",
                        equalTo("Over 250,000 attended the 14 February rally in Munich"))
                .body("figures.attendance.claims[0].citations[0].unverified", equalTo(true));
    }

    @Test
    void aVerifiedQuoteIsNotMarked() {
        UUID event = published(existence("NL", "Leiden", "2026-01-17"));
        readEvent(event).statusCode(200).body("sources[0].unverified", equalTo(null));
    }

    @Test
    void jsonLdDoesNotPresentTheSourceAsVerified() {
        UUID event = withUnverifiedAttendance();
        asReader()
                .accept("application/ld+json")
                .when()
                .get("/api/v1/events/" + event)
                .then()
                .statusCode(200)
                .body(
                        "subjectOf.find { it.creativeWorkStatus != null }.creativeWorkStatus",
                        equalTo("quote not verified in this source"));
    }
}
