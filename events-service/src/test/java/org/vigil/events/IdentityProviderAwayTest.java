package org.vigil.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.vigil.identity.Scopes;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.IdentityProviderAway;

/**
 * The service started while Keycloak was away and has no keys: a presented token may be valid,
 * so it is answered 503 with {@code Retry-After}, never 401.
 */
@QuarkusTest
@TestProfile(IdentityProviderAway.class)
@QuarkusTestResource(ArtemisTestResource.class)
class IdentityProviderAwayTest {

    @Test
    void aPresentedTokenGets503WithRetryAfterNot401() {
        given().auth()
                .oauth2(RecordFixtures.partner(Scopes.EVENTS_READ))
                .when()
                .get("/api/v1/changes")
                .then()
                .statusCode(503)
                .header("Retry-After", notNullValue())
                .body("type", equalTo("https://vigil.example/problems/service-unavailable"));
    }
}
