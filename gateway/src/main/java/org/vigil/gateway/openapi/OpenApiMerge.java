package org.vigil.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.gateway.routing.Upstream;
import org.vigil.gateway.routing.UpstreamRoutes;

/**
 * Merges the services' OpenAPI documents into the one the gateway publishes. A service contributes
 * only the paths the gateway routes to it (so internal paths and a path two services both declare
 * cannot leak or clash); components and tags are merged by name, the first service to name one
 * wins. Services' {@code servers} are internal addresses and are left out: the one server is the
 * gateway that serves the document, named relatively so the document holds at any public address.
 */
final class OpenApiMerge {

    private OpenApiMerge() {}

    static JsonObject merge(Map<Upstream, JsonObject> documents, List<Upstream> missing) {
        JsonObject paths = new JsonObject();
        JsonObject components = new JsonObject();
        JsonArray tags = new JsonArray();
        Set<String> tagNames = new HashSet<>();
        String version = "3.0.3";
        for (Map.Entry<Upstream, JsonObject> entry : documents.entrySet()) {
            JsonObject document = withDistinctSchemaNames(entry.getKey(), entry.getValue(), components);
            version = document.getString("openapi", version);
            JsonObject servicePaths = document.getJsonObject("paths", new JsonObject());
            for (String path : servicePaths.fieldNames()) {
                if (UpstreamRoutes.route(path).equals(Optional.of(entry.getKey())) && !paths.containsKey(path)) {
                    paths.put(path, servicePaths.getValue(path));
                }
            }
            JsonObject serviceComponents = document.getJsonObject("components", new JsonObject());
            for (String section : serviceComponents.fieldNames()) {
                JsonObject merged = components.getJsonObject(section, new JsonObject());
                serviceComponents.getJsonObject(section).forEach(c -> {
                    if (!merged.containsKey(c.getKey())) {
                        merged.put(c.getKey(), c.getValue());
                    }
                });
                components.put(section, merged);
            }
            for (Object tag : document.getJsonArray("tags", new JsonArray())) {
                if (tag instanceof JsonObject named && tagNames.add(named.getString("name", ""))) {
                    tags.add(named);
                }
            }
        }
        JsonObject merged = new JsonObject()
                .put("openapi", version)
                .put(
                        "info",
                        new JsonObject()
                                .put("title", "Vigil API")
                                .put("version", "v1")
                                .put(
                                        "description",
                                        "The public API of Vigil: a verified, source-backed record of protest events.")
                                .put(
                                        "license",
                                        new JsonObject()
                                                .put("name", "CC BY 4.0 (the record's data)")
                                                .put("url", "https://creativecommons.org/licenses/by/4.0/")))
                .put(
                        "servers",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("url", "/")
                                        .put("description", "the gateway that serves this document")))
                .put("paths", paths)
                .put("components", components)
                .put("tags", tags);
        if (!missing.isEmpty()) {
            merged.put(
                    "x-vigil-unavailable",
                    new JsonArray(missing.stream().map(Upstream::serviceName).toList()));
        }
        return merged;
    }

    /**
     * The service's document with each schema that another service already defined differently
     * renamed after the service ({@code Citation} becomes {@code SourcesCitation}), its references
     * with it: two services' types of one name must not become one type in a generated client.
     */
    static JsonObject withDistinctSchemaNames(Upstream upstream, JsonObject document, JsonObject merged) {
        JsonObject known = merged.getJsonObject("schemas", new JsonObject());
        JsonObject own =
                document.getJsonObject("components", new JsonObject()).getJsonObject("schemas", new JsonObject());
        String text = document.encode();
        String prefix = upstream.name().charAt(0) + upstream.name().substring(1).toLowerCase(Locale.ROOT);
        boolean renamed = false;
        for (String name : Set.copyOf(own.fieldNames())) {
            if (known.containsKey(name) && !known.getValue(name).equals(own.getValue(name))) {
                text = text.replace(
                        "\"#/components/schemas/" + name + "\"", "\"#/components/schemas/" + prefix + name + "\"");
                renamed = true;
            }
        }
        if (!renamed) {
            return document;
        }
        JsonObject copy = new JsonObject(text);
        JsonObject schemas = copy.getJsonObject("components").getJsonObject("schemas");
        for (String name : Set.copyOf(schemas.fieldNames())) {
            if (known.containsKey(name) && !known.getValue(name).equals(own.getValue(name))) {
                schemas.put(prefix + name, schemas.remove(name));
            }
        }
        return copy;
    }
}
