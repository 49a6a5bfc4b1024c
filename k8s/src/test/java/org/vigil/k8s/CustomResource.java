package org.vigil.k8s;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A resource of one of the operators whose CRDs k8s/crds keeps, as plain parsed YAML: the
 * Kubernetes Java client has no model for it, its CRD's schema does (OperatorSchemas).
 */
record CustomResource(String apiVersion, String kind, String name, Map<String, Object> body) {

    /** The API groups of k8s/crds: CloudNativePG, ArtemisCloud, Keycloak. */
    static final Set<String> OPERATOR_GROUPS = Set.of("postgresql.cnpg.io", "broker.amq.io", "k8s.keycloak.org");

    static boolean isOperators(Map<?, ?> document) {
        return document.get("apiVersion") instanceof String apiVersion
                && apiVersion.contains("/")
                && OPERATOR_GROUPS.contains(apiVersion.substring(0, apiVersion.indexOf('/')));
    }

    @SuppressWarnings("unchecked")
    static CustomResource of(Map<?, ?> document) {
        Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) document);
        Map<String, Object> metadata = (Map<String, Object>) body.getOrDefault("metadata", Map.of());
        return new CustomResource(
                (String) body.get("apiVersion"), (String) body.get("kind"), String.valueOf(metadata.get("name")), body);
    }

    String group() {
        return apiVersion.substring(0, apiVersion.indexOf('/'));
    }

    String version() {
        return apiVersion.substring(apiVersion.indexOf('/') + 1);
    }

    /** The value at a path of map keys, e.g. {@code at("spec", "postgresql", "synchronous", "number")}. */
    Optional<Object> at(String... path) {
        Object node = body;
        for (String key : path) {
            if (!(node instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return Optional.empty();
            }
            node = map.get(key);
        }
        return Optional.ofNullable(node);
    }

    String string(String... path) {
        return at(path).map(String::valueOf)
                .orElseThrow(() -> new AssertionError(this + " has no " + String.join(".", path)));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(String... path) {
        return at(path).map(v -> (Map<String, Object>) v).orElse(Map.of());
    }

    @SuppressWarnings("unchecked")
    List<Object> list(String... path) {
        return at(path).map(v -> (List<Object>) v).orElse(List.of());
    }

    @SuppressWarnings("unchecked")
    Map<String, String> labels(String... path) {
        return at(path).map(v -> (Map<String, String>) v).orElse(Map.of());
    }

    /**
     * The names of the Secrets it reads: every {@code name} under a key that names a secret
     * (passwordSecret, s3Credentials' keys, usernameSecret, …), every {@code secret: <name>},
     * and the Secrets the broker mounts.
     */
    Set<String> secretNames() {
        Set<String> names = new java.util.TreeSet<>();
        Object spec = body.get("spec");
        if ("KeycloakRealmImport".equals(kind) && spec instanceof Map<?, ?> importSpec) {
            // a realm's client "secret" is a value (a ${placeholder}, RealmHardeningTest), not a Secret's name
            spec = new java.util.LinkedHashMap<>(importSpec);
            ((Map<?, ?>) spec).remove("realm");
        }
        collectSecrets(spec, false, names);
        return names;
    }

    private static void collectSecrets(Object node, boolean underSecretKey, Set<String> names) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                boolean namesASecret = key.toLowerCase().contains("secret") || key.equals("accessKeyId");
                if (namesASecret && entry.getValue() instanceof String name) {
                    names.add(name);
                } else if (namesASecret
                        && entry.getValue() instanceof Map<?, ?> ref
                        && ref.get("name") instanceof String name) {
                    names.add(name);
                } else if (namesASecret && entry.getValue() instanceof List<?> list) {
                    list.stream()
                            .filter(String.class::isInstance)
                            .map(String.class::cast)
                            .forEach(names::add);
                } else {
                    collectSecrets(entry.getValue(), false, names);
                }
            }
        } else if (node instanceof List<?> list) {
            new ArrayList<>(list).forEach(item -> collectSecrets(item, false, names));
        }
    }

    @Override
    public String toString() {
        return kind + " " + name;
    }
}
