package org.vigil.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.vigil.gateway.ProblemSpec.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.standin.StandInService;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.OidcTestResource;

/** The test profile gives up on a service silent for 3 s. */
@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStandIns.class)
class UpstreamFailureTest {

    @Test
    void serviceThatIsDownGets503Problem() {
        StandInService moderation = UpstreamStandIns.moderation();
        moderation.stop();
        try {
            given().header("Authorization", Callers.person("moderator"))
                    .when()
                    .get("/api/v1/moderation/queue")
                    .then()
                    .spec(problem(503, "service-unavailable"))
                    .body("title", equalTo("Service Unavailable"))
                    .body("status", equalTo(503))
                    .body("detail", containsString("moderation-service"));
        } finally {
            moderation.start();
        }
    }

    @Test
    void serviceSilentForLongerThanTheIdleTimeoutGets504Problem() {
        given().when()
                .get("/api/v1/events/silent?ms=4500")
                .then()
                .spec(problem(504, "gateway-timeout"))
                .body("status", equalTo(504))
                .body("detail", containsString("events-service"));
    }

    @Test
    void problemAnsweredByAServicePassesThroughUntouched() {
        given().when()
                .get("/api/v1/events/missing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body(equalTo(StandInService.PROBLEM));
    }
}
