package org.vigil.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.routing.Upstream;

class OpenApiMergeTest {

    private static JsonObject document(String path, JsonObject citation) {
        return new JsonObject()
                .put(
                        "paths",
                        new JsonObject()
                                .put(
                                        path,
                                        new JsonObject()
                                                .put(
                                                        "get",
                                                        new JsonObject()
                                                                .put(
                                                                        "responses",
                                                                        new JsonObject()
                                                                                .put(
                                                                                        "200",
                                                                                        new JsonObject()
                                                                                                .put(
                                                                                                        "content",
                                                                                                        new JsonObject()
                                                                                                                .put(
                                                                                                                        "application/json",
                                                                                                                        new JsonObject()
                                                                                                                                .put(
                                                                                                                                        "schema",
                                                                                                                                        new JsonObject()
                                                                                                                                                .put(
                                                                                                                                                        "$ref",
                                                                                                                                                        "#/components/schemas/Citation")))))))))
                .put("components", new JsonObject().put("schemas", new JsonObject().put("Citation", citation)));
    }

    @Test
    void twoServicesTypesOfOneNameStayTwoTypes() {
        JsonObject events = new JsonObject().put("type", "object").put("description", "a quote on the record");
        JsonObject sources = new JsonObject().put("type", "object").put("description", "a quote check");
        Map<Upstream, JsonObject> documents = new EnumMap<>(Upstream.class);
        documents.put(Upstream.EVENTS, document("/api/v1/events", events));
        documents.put(Upstream.SOURCES, document("/api/v1/sources/{id}", sources));

        JsonObject merged = OpenApiMerge.merge(documents, List.of());

        JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");
        assertEquals(events, schemas.getJsonObject("Citation"));
        assertEquals(sources, schemas.getJsonObject("SourcesCitation"));
        assertEquals(
                "#/components/schemas/SourcesCitation",
                merged.getJsonObject("paths")
                        .getJsonObject("/api/v1/sources/{id}")
                        .getJsonObject("get")
                        .getJsonObject("responses")
                        .getJsonObject("200")
                        .getJsonObject("content")
                        .getJsonObject("application/json")
                        .getJsonObject("schema")
                        .getString("$ref"));
    }

    @Test
    void oneTypeBothServicesDefineAlikeStaysOne() {
        JsonObject place = new JsonObject().put("type", "object");
        Map<Upstream, JsonObject> documents = new EnumMap<>(Upstream.class);
        documents.put(Upstream.EVENTS, document("/api/v1/events", place));
        documents.put(Upstream.SOURCES, document("/api/v1/sources/{id}", place.copy()));

        JsonObject schemas = OpenApiMerge.merge(documents, List.of())
                .getJsonObject("components")
                .getJsonObject("schemas");

        assertEquals(List.of("Citation"), List.copyOf(schemas.fieldNames()));
    }
}
