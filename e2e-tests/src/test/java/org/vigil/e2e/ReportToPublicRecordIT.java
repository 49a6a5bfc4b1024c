package org.vigil.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** docs/product.md §3 end to end, through the gateway only, with real tokens, services, broker and database. */
class ReportToPublicRecordIT extends OnThePlatform {

    @Test
    void aContributorsReportBecomesPublicOnlyOnceModeratorsApproveIt() {
        JsonPath accepted = api.as("contributor1")
                .body(Reports.munich(UUID.randomUUID().toString()))
                .when()
                .post("/api/v1/reports")
                .then()
                .statusCode(202)
                .body("status", equalTo("pending"))
                .body("claims.property", equalTo(List.of("existence", "attendance")))
                .extract()
                .jsonPath();
        String eventId = accepted.getString("eventId");
        List<String> claims = accepted.getList("claims.id");

        api.anonymous().when().get("/api/v1/events/" + eventId).then().statusCode(404);

        // the evidence store registers the source and checks the quotes; moderators see the result
        api.approveOnceQuotesFound(accepted.getString("id"), claims);

        api.awaitEvent(
                eventId,
                event -> event.body("kind", equalTo("rally"))
                        .body("place.city", equalTo("Munich"))
                        .body("figures.attendance.low", equalTo(250000))
                        .body("figures.attendance.claims[0].citations[0].exact", equalTo(Reports.MUNICH_QUOTE)));
        api.anonymous()
                .queryParam("country", "DE")
                .queryParam("limit", 200)
                .when()
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(eventId));
    }

    /**
     * A citation by {@code sourceId} is checked with sources-service when the report arrives
     * (moderation asks with its own token from the realm): a source registered a moment ago is
     * accepted, an unknown id is a 400 naming the citation and nothing is stored.
     */
    @Test
    void aReportMayCiteBySourceIdOnlyASourceThatIsRegistered() {
        String marker = UUID.randomUUID().toString();
        String sourceId = api.as("contributor2")
                .body(Reports.source(marker))
                .when()
                .post("/api/v1/sources")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        api.as("contributor2")
                .body(Reports.citingRegistered(marker, sourceId))
                .when()
                .post("/api/v1/reports")
                .then()
                .statusCode(202);

        String unknown = UUID.randomUUID().toString();
        api.as("contributor2")
                .body(Reports.citingRegistered(unknown, UUID.randomUUID().toString()))
                .when()
                .post("/api/v1/reports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(platform.gateway() + "/problems/invalid-input"))
                .body("errors[0].field", equalTo("claims[0].citations[0].sourceId"));
        api.as("contributor2")
                .queryParam("limit", 50)
                .when()
                .get("/api/v1/reports/mine")
                .then()
                .statusCode(200)
                .body("items.note", hasItem("cites a registered source (" + marker + ")"))
                .body("items.note", not(hasItem("cites a registered source (" + unknown + ")")));
    }
}
