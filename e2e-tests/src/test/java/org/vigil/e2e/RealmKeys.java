package org.vigil.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.vigil.testing.HostileTokens;

/**
 * The realm's signing keys as the security suite needs them: the key it signs with now (public
 * half, from its JWKS) and a passive key whose private half this JVM holds. Keycloak publishes a
 * passive key in its JWKS but never signs with it, so the platform verifies tokens made with it
 * exactly as it verifies Keycloak's: the suite can then send a correctly signed token whose one
 * defect is a claim (issuer, audience, expiry, type). Registered through Keycloak's admin API
 * before the services start, so every service's first fetch of the keys already has it.
 */
final class RealmKeys {

    static final String ADMIN = "e2e-admin";

    private final String keycloak;
    private final String adminPassword;
    private HostileTokens.TrustedKey trusted;

    RealmKeys(String keycloak, String adminPassword) {
        this.keycloak = keycloak;
        this.adminPassword = adminPassword;
    }

    /** Registers a passive RS256 key of this JVM's in realm {@code vigil}. */
    void registerTrustedKey() {
        KeyPair pair = HostileTokens.rsaKeyPair();
        String admin = adminToken();
        String realmId = given().baseUri(keycloak)
                .auth()
                .oauth2(admin)
                .when()
                .get("/admin/realms/vigil")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        String location = given().baseUri(keycloak)
                .auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "e2e-passive-test-key",
                        "providerId", "rsa",
                        "providerType", "org.keycloak.keys.KeyProvider",
                        "parentId", realmId,
                        "config",
                                Map.of(
                                        "priority", List.of("1"),
                                        "enabled", List.of("true"),
                                        "active", List.of("false"),
                                        "algorithm", List.of("RS256"),
                                        "privateKey",
                                                List.of(Base64.getEncoder()
                                                        .encodeToString(pair.getPrivate()
                                                                .getEncoded())))))
                .when()
                .post("/admin/realms/vigil/components")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String componentId = location.substring(location.lastIndexOf('/') + 1);
        List<Map<String, Object>> keys = given().baseUri(keycloak)
                .auth()
                .oauth2(admin)
                .when()
                .get("/admin/realms/vigil/keys")
                .then()
                .statusCode(200)
                .extract()
                .path("keys");
        String kid = keys.stream()
                .filter(k -> componentId.equals(k.get("providerId")))
                .map(k -> (String) k.get("kid"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Keycloak does not list the registered key"));
        trusted = new HostileTokens.TrustedKey(kid, pair.getPrivate());
    }

    HostileTokens.TrustedKey trusted() {
        return trusted;
    }

    /** The kid and public key the realm signs access tokens with now (not the passive test key). */
    Map.Entry<String, PublicKey> active() {
        JsonPath jwks = given().baseUri(keycloak)
                .when()
                .get("/realms/vigil/protocol/openid-connect/certs")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, String>> keys = jwks.getList("keys");
        Map<String, String> key = keys.stream()
                .filter(k -> "RS256".equals(k.get("alg")) && !k.get("kid").equals(trusted.kid()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the realm publishes no RS256 key of its own"));
        try {
            Base64.Decoder b64 = Base64.getUrlDecoder();
            PublicKey publicKey = KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(
                            new BigInteger(1, b64.decode(key.get("n"))), new BigInteger(1, b64.decode(key.get("e")))));
            return Map.entry(key.get("kid"), publicKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String adminToken() {
        return given().baseUri(keycloak)
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", ADMIN)
                .formParam("password", adminPassword)
                .when()
                .post("/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
