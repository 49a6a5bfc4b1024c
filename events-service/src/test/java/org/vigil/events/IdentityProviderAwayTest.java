package org.vigil.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.identity.Scopes;
import org.vigil.testing.ArtemisTestResource;

/**
 * The service started while Keycloak was away and has no keys: a presented token may be valid,
 * so it is answered 503 with {@code Retry-After}, never 401.
 */
@QuarkusTest
@TestProfile(IdentityProviderAwayTest.KeycloakAway.class)
@QuarkusTestResource(ArtemisTestResource.class)
class IdentityProviderAwayTest {

    public static class KeycloakAway implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.auth-server-url",
                    "http://127.0.0.1:" + closedPort() + "/realms/vigil",
                    "quarkus.oidc.connection-delay",
                    "1S");
        }
    }

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

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
