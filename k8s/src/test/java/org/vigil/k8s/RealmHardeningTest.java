package org.vigil.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1Ingress;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The production realm (the overlay's KeycloakRealmImport) is hardened as issue 12 asks, and the
 * local realm (ops/keycloak/vigil-realm.json) keeps its demo accounts but no more than they need.
 * Neither keeps login events; Keycloak keeps no session in its database and trusts no proxy header.
 */
class RealmHardeningTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode productionRealm() {
        CustomResource realmImport =
                Rendering.PRODUCTION.manifests().customResource("KeycloakRealmImport", "vigil-realm");
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = (Map<String, Object>) realmImport.body().get("spec");
        return JSON.valueToTree(spec.get("realm"));
    }

    private static JsonNode localRealm() {
        try {
            return JSON.readTree(Rendering.k8sDir()
                    .resolveSibling("ops/keycloak/vigil-realm.json")
                    .toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void productionPasswordsHaveTwelveCharactersAndAreNotTheUsername() {
        String policy = productionRealm().path("passwordPolicy").asText();

        assertTrue(policy.matches(".*\\blength\\((1[2-9]|[2-9]\\d)\\).*"), policy);
        assertTrue(policy.contains("notUsername"), policy);
    }

    @Test
    void productionBruteForceDetectionLocksForAWhileNeverForGood() {
        JsonNode realm = productionRealm();

        assertTrue(realm.path("bruteForceProtected").asBoolean());
        assertFalse(realm.path("permanentLockout").asBoolean(true));
        assertTrue(realm.path("maxFailureWaitSeconds").asInt() > 0);
    }

    @Test
    void productionAccessTokensLiveAtMostFiveMinutes() {
        assertTrue(productionRealm().path("accessTokenLifespan").asInt(Integer.MAX_VALUE) <= 300);
    }

    @Test
    void productionRefreshTokensAreRotated() {
        JsonNode realm = productionRealm();

        assertTrue(realm.path("revokeRefreshToken").asBoolean());
        assertEquals(0, realm.path("refreshTokenMaxReuse").asInt(-1));
    }

    @Test
    void productionPublicClientsRequirePkceWithS256() {
        List<String> without = new ArrayList<>();
        for (JsonNode client : productionRealm().path("clients")) {
            if (client.path("publicClient").asBoolean()
                    && !"S256"
                            .equals(client.path("attributes")
                                    .path("pkce.code.challenge.method")
                                    .asText())) {
                without.add(client.path("clientId").asText());
            }
        }
        assertEquals(List.of(), without);
    }

    @Test
    void productionHasAPublicClientForPeople() {
        boolean any = false;
        for (JsonNode client : productionRealm().path("clients")) {
            any |= client.path("publicClient").asBoolean()
                    && client.path("standardFlowEnabled").asBoolean();
        }
        assertTrue(any);
    }

    @Test
    void noProductionClientMayUseThePasswordGrant() {
        List<String> allowed = new ArrayList<>();
        for (JsonNode client : productionRealm().path("clients")) {
            if (client.path("directAccessGrantsEnabled").asBoolean()) {
                allowed.add(client.path("clientId").asText());
            }
        }
        assertEquals(List.of(), allowed);
    }

    @Test
    void productionRealmHasNoUserButServiceAccounts() {
        for (JsonNode user : productionRealm().path("users")) {
            assertTrue(user.has("serviceAccountClientId"), user.path("username").asText());
        }
    }

    @Test
    void productionClientSecretsComeFromSecrets() {
        for (JsonNode client : productionRealm().path("clients")) {
            if (client.has("secret")) {
                assertTrue(
                        client.path("secret").asText().matches("\\$\\{[A-Z_]+}"),
                        client.path("clientId").asText());
            }
        }
    }

    /**
     * moderation-service asks sources-service about cited sources with its own token: both realms
     * give it a confidential client with a service account and the API's audience, no realm role
     * and no other flow, and a secret the environment (locally) or a Secret (production) fills in.
     */
    @Test
    void bothRealmsGiveModerationAServiceAccountWithNoRole() {
        for (JsonNode realm : List.of(localRealm(), productionRealm())) {
            JsonNode client = client(realm, "vigil-moderation");
            assertEquals(
                    "${VIGIL_MODERATION_CLIENT_SECRET}", client.path("secret").asText());
            assertTrue(client.path("serviceAccountsEnabled").asBoolean());
            assertFalse(client.path("publicClient").asBoolean(true));
            assertFalse(client.path("standardFlowEnabled").asBoolean(true));
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(true));
            assertFalse(client.path("fullScopeAllowed").asBoolean(true));
            List<String> scopes = new ArrayList<>();
            client.path("defaultClientScopes").forEach(scope -> scopes.add(scope.asText()));
            assertEquals(List.of("basic", "vigil-api-audience"), scopes);
            realm.path("users")
                    .forEach(user -> assertFalse(
                            "vigil-moderation"
                                            .equals(user.path("serviceAccountClientId")
                                                    .asText())
                                    && user.path("realmRoles").size() > 0,
                            "vigil-moderation's service account holds a realm role"));
        }
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    @Test
    void productionRealmKeepsNoLoginOrAdminEvents() {
        expectNoEvents(productionRealm());
    }

    @Test
    void localRealmKeepsNoLoginOrAdminEvents() {
        expectNoEvents(localRealm());
    }

    @Test
    void localRealmStillLocksAnAccountForAWhile() {
        JsonNode realm = localRealm();

        assertTrue(realm.path("bruteForceProtected").asBoolean());
        assertFalse(realm.path("permanentLockout").asBoolean(true));
    }

    @Test
    void localRealmKeepsItsDemoAccounts() {
        List<String> users = new ArrayList<>();
        localRealm()
                .path("users")
                .forEach(user -> users.add(user.path("username").asText()));

        assertTrue(users.containsAll(List.of("contributor1", "moderator1", "moderator2", "admin1")), users.toString());
    }

    @Test
    void productionKeycloakKeepsUserSessionsOutOfItsDatabase() {
        CustomResource keycloak = Rendering.PRODUCTION.manifests().customResource("Keycloak", "keycloak");
        JsonNode disabled =
                JSON.valueToTree(keycloak.body()).path("spec").path("features").path("disabled");

        assertTrue(disabled.toString().contains("\"persistent-user-sessions\""), disabled.toString());
    }

    @Test
    void productionKeycloakTrustsNoProxyHeaderAndHasNoIngress() {
        JsonNode spec = JSON.valueToTree(Rendering.PRODUCTION
                        .manifests()
                        .customResource("Keycloak", "keycloak")
                        .body())
                .path("spec");

        assertTrue(
                spec.path("proxy").path("headers").isMissingNode(),
                spec.path("proxy").toString());
        assertFalse(spec.path("ingress").path("enabled").asBoolean(true));
    }

    @Test
    void baseKeycloakTrustsNoProxyHeader() {
        Optional<V1EnvVar> proxyHeaders =
                Rendering.LOCAL.manifests().workload("keycloak").container("keycloak").getEnv().stream()
                        .filter(env -> env.getName().equals("KC_PROXY_HEADERS"))
                        .findFirst();

        assertEquals(Optional.empty(), proxyHeaders);
    }

    @Test
    void ingressSendsEachReaderToOneGatewayReplica() {
        V1Ingress ingress = Rendering.PRODUCTION.manifests().named(V1Ingress.class, "gateway");

        assertEquals(
                "$remote_addr",
                ingress.getMetadata().getAnnotations().get("nginx.ingress.kubernetes.io/upstream-hash-by"));
    }

    private static void expectNoEvents(JsonNode realm) {
        assertFalse(realm.path("eventsEnabled").asBoolean(true), "login events");
        assertFalse(realm.path("adminEventsEnabled").asBoolean(true), "admin events");
        assertEquals(0, realm.path("eventsListeners").size(), "event listeners (jboss-logging logs addresses)");
        assertTrue(realm.path("eventsListeners").isArray(), "eventsListeners must be declared empty");
    }
}
