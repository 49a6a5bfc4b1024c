package org.vigil.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class PublicIssuerTest {

    private static final String INTERNAL = "http://keycloak:8080/realms/vigil/protocol/openid-connect/";
    private static final String PUBLIC = "https://vigil.example.org/auth/realms/vigil";

    @Test
    void everyFlowNamesTheIdentityProviderAtThePublicOrigin() {
        JsonObject document = new JsonObject("""
                {"components": {"securitySchemes": {
                  "partner": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "%1$stoken"}}},
                  "person": {"type": "oauth2", "flows": {"authorizationCode":
                    {"authorizationUrl": "%1$sauth", "tokenUrl": "%1$stoken"}}}}}}
                """.formatted(INTERNAL));

        JsonObject schemes = PublicIssuer.pointFlowsAt(document, PUBLIC)
                .getJsonObject("components")
                .getJsonObject("securitySchemes");

        assertEquals(
                PUBLIC + "/protocol/openid-connect/token",
                schemes.getJsonObject("partner")
                        .getJsonObject("flows")
                        .getJsonObject("clientCredentials")
                        .getString("tokenUrl"));
        JsonObject code = schemes.getJsonObject("person").getJsonObject("flows").getJsonObject("authorizationCode");
        assertEquals(PUBLIC + "/protocol/openid-connect/auth", code.getString("authorizationUrl"));
        assertEquals(PUBLIC + "/protocol/openid-connect/token", code.getString("tokenUrl"));
    }

    @Test
    void aDocumentWithoutSecuritySchemesIsLeftAsItIs() {
        JsonObject document = new JsonObject("{\"paths\": {}}");

        assertEquals(new JsonObject("{\"paths\": {}}"), PublicIssuer.pointFlowsAt(document, PUBLIC));
    }
}
