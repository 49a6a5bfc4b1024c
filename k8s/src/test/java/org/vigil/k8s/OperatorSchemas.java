package org.vigil.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The openAPIV3Schema of each CRD in k8s/crds, turned into a JSON Schema that validates the way
 * the API server does: a field no schema declares is an error (the API server would prune it
 * silently, which hides a typo), unless the schema preserves unknown fields.
 */
final class OperatorSchemas {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, JsonSchema> byKindAndVersion;

    private OperatorSchemas(Map<String, JsonSchema> byKindAndVersion) {
        this.byKindAndVersion = byKindAndVersion;
    }

    static Path crdDir() {
        return Rendering.k8sDir().resolve("crds");
    }

    static OperatorSchemas load() {
        Map<String, JsonSchema> schemas = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(crdDir())) {
            for (Path file : files.filter(
                            f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .toList()) {
                JsonNode crd = YAML.readTree(file.toFile());
                String group = crd.path("spec").path("group").asText();
                String kind = crd.path("spec").path("names").path("kind").asText();
                for (JsonNode version : crd.path("spec").path("versions")) {
                    JsonNode openApi = version.path("schema").path("openAPIV3Schema");
                    schemas.put(key(group + "/" + version.path("name").asText(), kind), compile(openApi.deepCopy()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OperatorSchemas(schemas);
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + " " + kind;
    }

    /** What is wrong with the resource by its CRD's schema; empty when it is valid. */
    Set<String> problems(CustomResource resource) {
        JsonSchema schema = byKindAndVersion.get(key(resource.apiVersion(), resource.kind()));
        if (schema == null) {
            return Set.of("no CRD in " + crdDir() + " serves " + resource.apiVersion() + " " + resource.kind());
        }
        Set<ValidationMessage> messages = schema.validate(YAML.valueToTree(resource.body()));
        return messages.stream()
                .map(ValidationMessage::getMessage)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    private static JsonSchema compile(JsonNode openApi) {
        // the API server accepts these at the root of every object, whatever the CRD declares
        ObjectNode root = ((ObjectNode) openApi).with("properties");
        root.set("apiVersion", root.objectNode().put("type", "string"));
        root.set("kind", root.objectNode().put("type", "string"));
        root.set("metadata", root.objectNode().put("type", "object"));
        closeObjects(openApi);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(openApi);
    }

    /**
     * Kubernetes' structural-schema extensions in JSON Schema terms: objects with declared
     * properties admit no others; int-or-string admits both; nullable admits null.
     */
    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object) {
            boolean preserves =
                    object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
            if (object.has("properties") && !object.has("additionalProperties") && !preserves) {
                object.put("additionalProperties", false);
            }
            if (object.path("x-kubernetes-int-or-string").asBoolean(false)) {
                object.remove("type");
            }
            if (object.path("nullable").asBoolean(false) && object.has("type")) {
                ArrayNode types =
                        object.arrayNode().add(object.get("type").asText()).add("null");
                object.set("type", types);
            }
            // in the API server, metadata is checked by its own rules, not by the CRD
            if (object.has("properties") && object.get("properties").has("metadata")) {
                ((ObjectNode) object.get("properties"))
                        .set("metadata", object.objectNode().put("type", "object"));
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                closeObjects(children.next());
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(OperatorSchemas::closeObjects);
        }
    }

    List<String> served() {
        return List.copyOf(byKindAndVersion.keySet());
    }
}
