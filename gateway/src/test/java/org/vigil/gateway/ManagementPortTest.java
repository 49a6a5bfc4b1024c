package org.vigil.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.OidcTestResource;

/** {@code /q/*} lives on the management port only, and its metrics name routes, never ids. */
@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStandIns.class)
class ManagementPortTest {

    private static final String CLAIM_ID = "7d3e1f00-1111-4222-8333-944455556666";

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void healthIsNotServedOnThePublicPort() {
        given().when().get("/q/health/ready").then().statusCode(404);
    }

    @Test
    void metricsAreNotServedOnThePublicPort() {
        given().when().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void metricsNeverCarryAClaimId() {
        given().header("Authorization", Callers.person("moderator"))
                .when()
                .get("/api/v1/claims/" + CLAIM_ID)
                .then()
                .statusCode(200);

        given().when().get(metrics).then().statusCode(200).body(not(containsString(CLAIM_ID)));
    }

    @Test
    void metricsTimeRequestsButCountNoBytesPerWrite() {
        given().when().get("/api/v1/events").then().statusCode(200);

        given().when()
                .get(metrics)
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count{"))
                .body(not(containsString("http_server_bytes_written")))
                .body(not(containsString("http_server_bytes_read")));
    }
}
