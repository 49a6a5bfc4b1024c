package org.vigil.e2e;

import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

/**
 * Issue 15 §3: the public record does not depend on Keycloak being up. The gateway forwards a token
 * of its own for anonymous reads, held until it expires, and the services verify it with the realm's
 * keys they already fetched; so while Keycloak is stopped, readers still get their answers.
 */
class IdentityProviderDownIT extends OnThePlatform {

    @Test
    void anonymousReadsKeepWorkingWhileKeycloakIsDown() {
        // a read before: the gateway's own token and the services' copy of the keys are in place
        readTheRecord();
        platform.identityProvider().stop();
        try {
            readTheRecord();
        } finally {
            platform.identityProvider().start();
            platform.awaitIdentityProvider();
        }
    }

    private static void readTheRecord() {
        api.anonymous().when().get("/api/v1/events").then().statusCode(200).body("items", notNullValue());
    }
}
