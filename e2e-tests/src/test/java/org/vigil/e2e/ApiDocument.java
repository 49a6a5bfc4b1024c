package org.vigil.e2e;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The live merged OpenAPI document the gateway publishes ({@code /api/v1/openapi}), read as the
 * security suite needs it: each operation with its parameters, its body's schema and what its
 * {@code security} declares. The suite's cases come from here, so an endpoint added to a service
 * is covered the moment the service describes it.
 */
record ApiDocument(JsonObject json) {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** One operation of the document. */
    record Operation(String method, String path, JsonObject json, ApiDocument document) {

        String name() {
            return method + " " + path;
        }

        /**
         * No token needed: the operation declares no security requirement, or an empty one among
         * its alternatives.
         */
        boolean isPublic() {
            JsonArray security = security();
            if (security == null || security.isEmpty()) {
                return true;
            }
            for (Object requirement : security) {
                if (requirement instanceof JsonObject alternative && alternative.isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        /** The scopes a partner's token may carry to be let in; empty when partners are not. */
        Set<String> partnerScopes() {
            return schemeScopes("partner");
        }

        /** Whether people (contributors, moderators, admins) are among those let in. */
        boolean forPeople() {
            return security() != null
                    && security().stream().anyMatch(r -> r instanceof JsonObject o && o.containsKey("person"));
        }

        /** The roles a person needs ({@code x-vigil-roles}); empty means any person with a token. */
        Set<String> roles() {
            JsonArray roles = json.getJsonArray("x-vigil-roles");
            Set<String> names = new LinkedHashSet<>();
            if (roles != null) {
                roles.forEach(r -> names.add((String) r));
            }
            return names;
        }

        List<JsonObject> parameters() {
            List<JsonObject> parameters = new ArrayList<>();
            JsonArray declared = json.getJsonArray("parameters", new JsonArray());
            for (Object parameter : declared) {
                parameters.add(document.resolve((JsonObject) parameter));
            }
            return parameters;
        }

        /** The JSON schema of the request body, or null when the operation takes none. */
        JsonObject bodySchema() {
            JsonObject body = json.getJsonObject("requestBody");
            if (body == null) {
                return null;
            }
            JsonObject content = document.resolve(body).getJsonObject("content", new JsonObject());
            JsonObject media = content.getJsonObject("application/json");
            return media == null ? null : media.getJsonObject("schema", new JsonObject());
        }

        private Set<String> schemeScopes(String scheme) {
            Set<String> scopes = new LinkedHashSet<>();
            JsonArray security = security();
            if (security != null) {
                for (Object requirement : security) {
                    if (requirement instanceof JsonObject alternative && alternative.containsKey(scheme)) {
                        alternative.getJsonArray(scheme).forEach(s -> scopes.add((String) s));
                    }
                }
            }
            return scopes;
        }

        private JsonArray security() {
            return json.getJsonArray("security", document.json().getJsonArray("security"));
        }
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        JsonObject paths = json.getJsonObject("paths", new JsonObject());
        for (String path : paths.fieldNames()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.fieldNames()) {
                if (METHODS.contains(method)) {
                    operations.add(new Operation(
                            method.toUpperCase(java.util.Locale.ROOT), path, item.getJsonObject(method), this));
                }
            }
        }
        return operations;
    }

    /** The object a {@code $ref} names, or the object itself. */
    JsonObject resolve(JsonObject node) {
        JsonObject current = node;
        for (int depth = 0; current.containsKey("$ref") && depth < 10; depth++) {
            String[] parts = current.getString("$ref").substring(2).split("/");
            JsonObject target = json;
            for (String part : parts) {
                target = target.getJsonObject(part, new JsonObject());
            }
            current = target;
        }
        return current;
    }
}
