package org.vigil.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.OidcTestResource;

/**
 * The IETF draft's {@code RateLimit-Policy} and {@code RateLimit} fields on every answer that was
 * counted; the test profile allows a burst of 20 per subject, refilled one a minute.
 */
@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStandIns.class)
class RateLimitFieldsTest {

    @Test
    void answerNamesThePolicyOfItsCaller() {
        given().header("Authorization", Callers.person("contributor"))
                .when()
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .header("RateLimit-Policy", equalTo("\"authenticated\";q=20;w=1200"));
    }

    @Test
    void answerSaysWhatIsLeft() {
        String caller = Callers.person("contributor");
        given().header("Authorization", caller)
                .when()
                .get("/api/v1/events")
                .then()
                .statusCode(200);

        given().header("Authorization", caller)
                .when()
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .header("RateLimit", matchesPattern("\"authenticated\";r=18;t=1(19|20)"));
    }

    @Test
    void anonymousAnswerNamesTheAnonymousPolicy() {
        given().when()
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .header("RateLimit-Policy", matchesPattern("\"anonymous\";q=\\d+;w=\\d+"));
    }
}
