package org.vigil.gateway.openapi;

import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The services describe their OAuth flows with the identity provider's address they reach it by,
 * which in a cluster is an internal one ({@code http://keycloak:8080/realms/vigil}). Partners and
 * browsers reach it only through the edge ({@code <public origin>/auth/realms/vigil}): the merged
 * document names that address, so a client generated from it can get its token.
 */
final class PublicIssuer {

    private static final String ENDPOINTS = "/protocol/openid-connect/";
    private static final List<String> URLS = List.of("authorizationUrl", "tokenUrl", "refreshUrl");

    private PublicIssuer() {}

    /** Rewrites every flow's endpoint to the same endpoint under {@code issuer}; returns the document. */
    static JsonObject pointFlowsAt(JsonObject document, String issuer) {
        JsonObject schemes =
                document.getJsonObject("components", new JsonObject()).getJsonObject("securitySchemes");
        if (schemes == null) {
            return document;
        }
        for (String name : schemes.fieldNames()) {
            JsonObject flows = schemes.getJsonObject(name).getJsonObject("flows", new JsonObject());
            for (String kind : flows.fieldNames()) {
                JsonObject flow = flows.getJsonObject(kind);
                for (String url : URLS) {
                    String value = flow.getString(url);
                    if (value != null && value.contains(ENDPOINTS)) {
                        flow.put(url, issuer + value.substring(value.indexOf(ENDPOINTS)));
                    }
                }
            }
        }
        return document;
    }
}
