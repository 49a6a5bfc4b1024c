package org.vigil.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A service's OpenAPI document ({@code /q/openapi}, on its management port) and what makes it usable by a client
 * generator: typed schemas, an operationId on each operation, problem details on every 4xx, and
 * token flows a tool can follow. Each service's test runs these checks on its own document.
 */
public final class ApiDescription {

    private static final Set<String> UNTYPED = Set.of("JsonNode", "RawValue", "ObjectNode", "ArrayNode", "Buffer");

    private final JsonObject document;

    private ApiDescription(JsonObject document) {
        this.document = document;
    }

    /**
     * The document the service under test describes itself with, at {@code document}: its
     * {@code /q/openapi} on the management port (docs/conventions.md).
     */
    public static ApiDescription fetch(java.net.URL document) {
        String text = given().accept("application/json")
                .when()
                .get(document + "?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        try {
            // kept for linters and generators run on the build's output (target/openapi.json)
            Files.writeString(Path.of("target", "openapi.json"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ApiDescription(new JsonObject(text));
    }

    public JsonObject document() {
        return document;
    }

    /** Every operation, as {@code METHOD path}, with its JSON. */
    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        JsonObject paths = document.getJsonObject("paths", new JsonObject());
        for (String path : paths.fieldNames()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.fieldNames()) {
                if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                    operations.add(new Operation(method.toUpperCase() + " " + path, item.getJsonObject(method)));
                }
            }
        }
        return operations;
    }

    public record Operation(String name, JsonObject json) {}

    public void namesNoUntypedSchema() {
        String text = document.encode();
        for (String untyped : UNTYPED) {
            assertFalse(
                    document.getJsonObject("components", new JsonObject())
                            .getJsonObject("schemas", new JsonObject())
                            .containsKey(untyped),
                    "a schema named " + untyped);
            assertFalse(text.contains("\"#/components/schemas/" + untyped + "\""), "a reference to " + untyped);
        }
    }

    public void givesEveryOperationAUniqueOperationId() {
        List<String> ids = new ArrayList<>();
        for (Operation operation : operations()) {
            String id = operation.json().getString("operationId");
            assertNotNull(id, operation.name() + " has no operationId");
            ids.add(id);
        }
        assertEquals(ids.size(), Set.copyOf(ids).size(), "operationIds repeat: " + ids);
    }

    public void answersEvery4xxWithProblemDetails() {
        for (Operation operation : operations()) {
            JsonObject responses = operation.json().getJsonObject("responses");
            assertTrue(responses.containsKey("400"), operation.name() + " documents no 400");
            for (String status : responses.fieldNames()) {
                if (status.startsWith("4")) {
                    String ref = responses
                            .getJsonObject(status)
                            .getJsonObject("content", new JsonObject())
                            .getJsonObject("application/problem+json", new JsonObject())
                            .getJsonObject("schema", new JsonObject())
                            .getString("$ref");
                    assertEquals("#/components/schemas/Problem", ref, operation.name() + " " + status);
                }
            }
        }
    }

    /**
     * Linters and generators read a missing {@code security} as "unknown", not as "public": a
     * public read says so with an empty list.
     */
    public void declaresEveryOperationsSecurity() {
        for (Operation operation : operations()) {
            assertNotNull(operation.json().getJsonArray("security"), operation.name() + " declares no security");
        }
    }

    public void offersClientCredentialsAndAuthorizationCode() {
        JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
        JsonObject clientCredentials =
                schemes.getJsonObject("partner").getJsonObject("flows").getJsonObject("clientCredentials");
        assertTrue(clientCredentials.getString("tokenUrl").endsWith("/protocol/openid-connect/token"));
        assertEquals(
                Set.of("events:read", "reports:write", "webhooks:manage"),
                clientCredentials.getJsonObject("scopes").fieldNames());
        assertNotNull(schemes.getJsonObject("person")
                .getJsonObject("flows")
                .getJsonObject("authorizationCode")
                .getString("authorizationUrl"));
    }
}
