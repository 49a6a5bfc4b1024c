package org.vigil.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.gateway.ProblemSpec.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.OidcTestResource;

/** Per-caller limits; the test profile allows a burst of 20 per subject and refills one a minute. */
@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStandIns.class)
class RateLimitTest {

    private static final int BURST = 20;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void callerOverTheLimitGets429ProblemWithRetryAfter() {
        String caller = Callers.person("contributor");
        spend(caller);

        Response refused = given().header("Authorization", caller).when().get("/api/v1/events");

        refused.then().spec(problem(429, "rate-limited")).body("status", equalTo(429));
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
    }

    @Test
    void eachCallerHasItsOwnLimit() {
        spend(Callers.person("contributor"));

        given().header("Authorization", Callers.person("contributor"))
                .when()
                .get("/api/v1/events")
                .then()
                .statusCode(200);
    }

    @Test
    void eachRefusalIsCountedUnderThePolicyThatRefusedIt() {
        double before = refusals("authenticated");
        String caller = Callers.person("contributor");
        spend(caller);

        given().header("Authorization", caller)
                .when()
                .get("/api/v1/events")
                .then()
                .statusCode(429);

        assertEquals(before + 1, refusals("authenticated"), 0.0);
    }

    private double refusals(String policy) {
        String text =
                given().when().get(metrics).then().statusCode(200).extract().asString();
        Matcher counter = Pattern.compile(
                        "(?m)^vigil_gateway_rate_limited_total\\{policy=\"" + policy + "\"} ([0-9.E+-]+)$")
                .matcher(text);
        assertTrue(counter.find(), "a counter of the " + policy + " policy's 429s");
        return Double.parseDouble(counter.group(1));
    }

    private static void spend(String caller) {
        for (int i = 0; i < BURST; i++) {
            given().header("Authorization", caller)
                    .when()
                    .get("/api/v1/events")
                    .then()
                    .statusCode(200);
        }
    }
}
