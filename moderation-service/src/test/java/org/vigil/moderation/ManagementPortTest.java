package org.vigil.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.vigil.moderation.Fixtures.get;
import static org.vigil.moderation.Fixtures.moderator;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** {@code /q/*} is on the management port only, and the metrics name routes, never a claim's id. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class ManagementPortTest {

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @Test
    void healthIsServedOnTheManagementPortOnly() {
        given().when().get(readiness).then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(404);
    }

    @Test
    void theApiDescriptionAndMetricsAreNotServedOnThePublicPort() {
        given().when().get("/q/openapi").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void metricsNeverCarryAClaimId() {
        String claimId = UUID.randomUUID().toString();
        get(moderator("moderator-metrics"), "/api/v1/claims/" + claimId).statusCode(404);

        given().when().get(metrics).then().statusCode(200).body(not(containsString(claimId)));
    }
}
