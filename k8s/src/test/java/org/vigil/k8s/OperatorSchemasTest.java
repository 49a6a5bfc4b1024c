package org.vigil.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The operators' resources of the production overlay are what their CRDs accept. */
class OperatorSchemasTest {

    private static final OperatorSchemas SCHEMAS = OperatorSchemas.load();

    @Test
    void theProductionOverlayRunsItsStateOnTheOperators() {
        Set<String> kinds = new java.util.TreeSet<>();
        Rendering.PRODUCTION.manifests().customResources().forEach(r -> kinds.add(r.kind()));
        assertEquals(
                Set.of("Cluster", "Database", "ScheduledBackup", "ActiveMQArtemis", "Keycloak", "KeycloakRealmImport"),
                kinds);
    }

    @Test
    void everyOperatorResourceValidatesAgainstItsCrdSchema() {
        Map<String, Set<String>> invalid = new TreeMap<>();
        for (CustomResource resource : Rendering.PRODUCTION.manifests().customResources()) {
            Set<String> problems = SCHEMAS.problems(resource);
            if (!problems.isEmpty()) {
                invalid.put(resource.toString(), problems);
            }
        }
        assertEquals(Map.of(), invalid);
    }

    @Test
    void aMisspeltFieldFailsTheSchema() {
        CustomResource cluster = Rendering.PRODUCTION.manifests().customResource("Cluster", "postgres");
        Map<String, Object> body = new java.util.LinkedHashMap<>(cluster.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = new java.util.LinkedHashMap<>((Map<String, Object>) body.get("spec"));
        spec.put("instance", 3);
        body.put("spec", spec);

        assertFalse(SCHEMAS.problems(new CustomResource(cluster.apiVersion(), "Cluster", "postgres", body))
                .isEmpty());
    }

    @Test
    void aValueOfTheWrongTypeFailsTheSchema() {
        CustomResource cluster = Rendering.PRODUCTION.manifests().customResource("Cluster", "postgres");
        Map<String, Object> body = new java.util.LinkedHashMap<>(cluster.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = new java.util.LinkedHashMap<>((Map<String, Object>) body.get("spec"));
        spec.put("instances", "three");
        body.put("spec", spec);

        assertFalse(SCHEMAS.problems(new CustomResource(cluster.apiVersion(), "Cluster", "postgres", body))
                .isEmpty());
    }

    @Test
    void eachOperatorsCrdsComeWithItsLicence() {
        for (String operator : List.of("cloudnative-pg", "activemq-artemis-operator", "keycloak")) {
            var dir = OperatorSchemas.crdDir().resolve(operator);
            assertTrue(Files.exists(dir.resolve("LICENSE")) || Files.exists(dir.resolve("LICENSE.txt")), operator);
        }
    }
}
