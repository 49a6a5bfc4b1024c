package org.vigil.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.vigil.gateway.ProblemSpec.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.IdentityProviderAway;
import org.vigil.testing.TestIdentityProvider;

/**
 * The gateway started while Keycloak was away: it has no keys yet, so it cannot tell a valid token
 * from a bad one. It says "come back" (503, {@code Retry-After}), never "your token is bad" (401).
 */
@QuarkusTest
@TestProfile(IdentityProviderAwayTest.KeycloakAway.class)
@QuarkusTestResource(UpstreamStandIns.class)
class IdentityProviderAwayTest {

    public static class KeycloakAway extends IdentityProviderAway {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            // the gateway's own token comes from the test provider, as it would from a cache
            config.put(
                    "quarkus.oidc-client.auth-server-url",
                    TestIdentityProvider.start().issuer());
            return config;
        }
    }

    @Test
    void aValidTokenGets503WithRetryAfterNot401() {
        given().header("Authorization", Callers.person("moderator"))
                .when()
                .get("/api/v1/moderation/queue")
                .then()
                .spec(problem(503, "service-unavailable"))
                .header("Retry-After", notNullValue());
    }

    @Test
    void noTokenStillGets401() {
        given().when().get("/api/v1/moderation/queue").then().statusCode(401);
    }

    @Test
    void anonymousReadsKeepWorking() {
        given().when().get("/api/v1/events").then().statusCode(200);
    }
}
