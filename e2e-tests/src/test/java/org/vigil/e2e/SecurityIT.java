package org.vigil.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

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

    /**
     * A head too long for the gateway to read never reaches its routes, yet is answered as a
     * problem with the edge's headers: 414 for the request line, 431 for the header fields. (The
     * services are reached only through the gateway, whose limits are the services' own or lower.)
     */
    @Test
    void anOverLongUrlIs414ProblemAtTheGateway() {
        api.anonymous()
                .queryParam("q", "a".repeat(5000))
                .when()
                .get("/api/v1/events")
                .then()
                .statusCode(414)
                .contentType("application/problem+json")
                .header("X-Content-Type-Options", "nosniff")
                .body("type", equalTo(platform.gateway() + "/problems/uri-too-long"));
    }

    @Test
    void overLargeHeaderFieldsAre431ProblemAtTheGateway() {
        api.anonymous()
                .header("X-Filler", "b".repeat(25_000))
                .when()
                .get("/api/v1/events")
                .then()
                .statusCode(431)
                .contentType("application/problem+json")
                .body("type", equalTo(platform.gateway() + "/problems/header-fields-too-large"));
    }

    /**
     * Headers the gateway accepts reach the service whole, with the token and trace context the
     * gateway adds: the services read more header bytes than the gateway, so no bare 431 comes back.
     */
    @Test
    void headerFieldsJustUnderTheGatewaysLimitReachTheService() {
        api.anonymous()
                .header("X-Filler", "b".repeat(19_000))
                .when()
                .get("/api/v1/events")
                .then()
                .statusCode(200);
    }
}
