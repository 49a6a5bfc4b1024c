package org.vigil.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.standin.StandInService;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.OidcTestResource;

@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStandIns.class)
class HealthTest {

    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @Test
    void isReadyWithoutATokenOnTheManagementPort() {
        given().when().get(ready).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void isNotReadyWhileAServiceCannotBeReached() {
        StandInService moderation = UpstreamStandIns.moderation();
        moderation.stop();
        try {
            given().when()
                    .get(ready)
                    .then()
                    .statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'upstreams' }.data.moderation-service", equalTo("unreachable"))
                    .body("checks.find { it.name == 'upstreams' }.data.events-service", equalTo("reachable"));
        } finally {
            moderation.start();
        }
    }
}
