package org.vigil.e2e;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

/** Tokens are checked at the gateway and again by every service. */
class SecurityIT extends OnThePlatform {

    @Test
    void aRequestStraightToAServiceWithoutATokenIs401() {
        given().baseUri(platform.service("events-service"))
                .when()
                .get("/api/v1/events")
                .then()
                .statusCode(401);
        given().baseUri(platform.service("sources-service"))
                .when()
                .get("/api/v1/sources/" + java.util.UUID.randomUUID())
                .then()
                .statusCode(401);
        given().baseUri(platform.service("moderation-service"))
                .when()
                .get("/api/v1/moderation/queue")
                .then()
                .statusCode(401);
    }

    @Test
    void theQueueWithoutATokenIs401AtTheGateway() {
        api.anonymous().when().get("/api/v1/moderation/queue").then().statusCode(401);
    }

    @Test
    void aContributorGets403OnTheModerationQueue() {
        api.as("contributor1").when().get("/api/v1/moderation/queue").then().statusCode(403);
    }

    @Test
    void aModeratorReadsTheQueue() {
        api.as("moderator1").when().get("/api/v1/moderation/queue").then().statusCode(200);
    }
}
