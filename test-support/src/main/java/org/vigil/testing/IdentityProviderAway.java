package org.vigil.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A test profile for a service started while Keycloak is away: the realm's address is a port
 * nobody listens on, and the service tries to reach it for a second only, so it has no keys to
 * verify a token with.
 */
public class IdentityProviderAway implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.oidc.auth-server-url",
                "http://127.0.0.1:" + closedPort() + "/realms/vigil",
                "quarkus.oidc.connection-delay",
                "1S");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
