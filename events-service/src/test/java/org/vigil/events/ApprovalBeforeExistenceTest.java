package org.vigil.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.vigil.events.RecordFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/**
 * Under faults the broker may deliver an event's attendance approval before its existence
 * approval (the existence one redelivered later). The claim is kept and enters the public record
 * with the event's creation: one {@code created} change, no change of its own (docs/faults.md,
 * "The 199 of 200").
 */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class ApprovalBeforeExistenceTest {

    @Test
    void aClaimApprovedBeforeItsEventExistsEntersTheRecordWithTheEventsCreation() {
        UUID event = UUID.randomUUID();
        UUID attendance = UUID.randomUUID();
        UUID existence = UUID.randomUUID();
        send(claimApproved(event, attendance, "attendance", attendance(250_000)));
        send(claimApproved(event, existence, "existence", existence("DE", "Munich", "2026-02-14")));

        awaitStatus(event, 200);
        awaitHistory(event, 1);
        given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events/" + event + "/history")
                .then()
                .statusCode(200)
                .body("items[0].change", equalTo("created"))
                .body("items[0].claimId", equalTo(existence.toString()));
        given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events/" + event)
                .then()
                .statusCode(200)
                .body("figures.attendance.low", equalTo(250000))
                .body("figures.attendance.claims[0].claimId", equalTo(attendance.toString()));
    }
}
