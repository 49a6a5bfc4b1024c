package org.vigil.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.vigil.gateway.ProblemSpec.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.OidcTestResource;

/** 401 problems: no token where one is needed, or a token the gateway does not accept. */
@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStandIns.class)
class AuthenticationTest {

    @Test
    void anonymousCallerMayReadPublicEvents() {
        given().when().get("/api/v1/events").then().statusCode(200);
    }

    @Test
    void anonymousCallerGets401ProblemOnTheQueue() {
        expectUnauthorized(given(), "/api/v1/moderation/queue");
    }

    @Test
    void anonymousCallerGets401ProblemOnTheChangeFeed() {
        expectUnauthorized(given(), "/api/v1/changes");
    }

    @Test
    void anonymousCallerGets401ProblemWhenSubmittingAReport() {
        given().contentType("application/json")
                .body("{}")
                .when()
                .post("/api/v1/reports")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void expiredTokenGets401Problem() {
        expectUnauthorized(given().header("Authorization", Callers.expired("moderator")), "/api/v1/moderation/queue");
    }

    @Test
    void tokenForAnotherAudienceGets401Problem() {
        expectUnauthorized(
                given().header("Authorization", Callers.forAnotherAudience("moderator")), "/api/v1/moderation/queue");
    }

    @Test
    void tamperedTokenGets401Problem() {
        String token = Callers.person("moderator");
        expectUnauthorized(
                given().header("Authorization", token.substring(0, token.length() - 4) + "AAAA"),
                "/api/v1/moderation/queue");
    }

    @Test
    void badTokenGets401ProblemEvenOnAPublicPath() {
        expectUnauthorized(given().header("Authorization", Callers.expired("contributor")), "/api/v1/events");
    }

    private static void expectUnauthorized(RequestSpecification request, String path) {
        request.when()
                .get(path)
                .then()
                .spec(problem(401, "unauthorized"))
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("title", equalTo("Unauthorized"))
                .body("status", equalTo(401))
                .body("detail", notNullValue());
    }
}
