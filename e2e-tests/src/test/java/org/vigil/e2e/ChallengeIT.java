package org.vigil.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

/** Every 401, from the gateway or from a service, names the scheme that would do (RFC 9110 §11.6.1). */
class ChallengeIT extends OnThePlatform {

    @Test
    void aServiceAsksForABearerToken() {
        given().baseUri(platform.service("moderation-service"))
                .when()
                .get("/api/v1/moderation/queue")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void theGatewayAsksForABearerTokenWithoutAskingKeycloakAboutAGarbageOne() {
        api.anonymous()
                .header("Authorization", "Bearer garbage")
                .when()
                .get("/api/v1/moderation/queue")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }
}
