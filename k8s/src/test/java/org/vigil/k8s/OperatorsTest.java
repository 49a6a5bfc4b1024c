package org.vigil.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Production keeps its state on operators built for it (issue 16), wired to what the services read. */
class OperatorsTest {

    private static final Manifests PRODUCTION = Rendering.PRODUCTION.manifests();
    private static final CustomResource POSTGRES = PRODUCTION.customResource("Cluster", "postgres");
    private static final CustomResource KEYCLOAK = PRODUCTION.customResource("Keycloak", "keycloak");

    @Test
    void noSinglePodDatabaseBrokerOrKeycloakIsLeft() {
        assertEquals(
                List.of(),
                PRODUCTION.all(V1StatefulSet.class).stream()
                        .map(s -> s.getMetadata().getName())
                        .toList());
        assertTrue(PRODUCTION.find(V1Deployment.class, "keycloak").isEmpty());
    }

    @Test
    void postgresRunsThreeInstancesWithSynchronousReplicationThatNeverFallsBack() {
        assertEquals(3, ((Number) POSTGRES.at("spec", "instances").orElseThrow()).intValue());
        assertTrue(((Number) POSTGRES.at("spec", "postgresql", "synchronous", "number")
                                .orElseThrow())
                        .intValue()
                >= 1);
        assertEquals("required", POSTGRES.string("spec", "postgresql", "synchronous", "dataDurability"));
        assertEquals("required", POSTGRES.string("spec", "affinity", "podAntiAffinityType"));
    }

    @Test
    void postgresArchivesToAnObjectStoreWithCredentialsFromASecret() {
        assertTrue(POSTGRES.string("spec", "backup", "barmanObjectStore", "destinationPath")
                .startsWith("s3://"));
        assertEquals(
                "postgres-backup-s3",
                POSTGRES.string("spec", "backup", "barmanObjectStore", "s3Credentials", "accessKeyId", "name"));
        assertEquals(
                "postgres-backup-s3",
                POSTGRES.string("spec", "backup", "barmanObjectStore", "s3Credentials", "secretAccessKey", "name"));
        assertEquals(
                "postgres",
                PRODUCTION.customResource("ScheduledBackup", "postgres-daily").string("spec", "cluster", "name"));
    }

    /** Each service and Keycloak: its database, owned by a role whose password is in the Secret it reads. */
    @Test
    void eachServiceAndKeycloakHasItsOwnDatabaseAndRole() {
        Map<String, String> ownerSecretOfDatabase = new java.util.TreeMap<>();
        ownerSecretOfDatabase.put(
                POSTGRES.string("spec", "bootstrap", "initdb", "database"),
                POSTGRES.string("spec", "bootstrap", "initdb", "secret", "name"));
        Map<String, String> secretOfRole = POSTGRES.list("spec", "managed", "roles").stream()
                .map(role -> (Map<?, ?>) role)
                .collect(Collectors.toMap(role -> (String) role.get("name"), role ->
                        (String) ((Map<?, ?>) role.get("passwordSecret")).get("name")));
        PRODUCTION.customResources().stream()
                .filter(r -> r.kind().equals("Database"))
                .forEach(database -> ownerSecretOfDatabase.put(
                        database.string("spec", "name"), secretOfRole.get(database.string("spec", "owner"))));

        Map<String, String> expected = new java.util.TreeMap<>();
        for (String service : List.of("events-service", "sources-service", "moderation-service")) {
            var container = PRODUCTION.workload(service).container(service);
            expected.put(
                    env(container.getEnv(), "VIGIL_DB_NAME").getValue(),
                    env(container.getEnv(), "VIGIL_DB_USER")
                            .getValueFrom()
                            .getSecretKeyRef()
                            .getName());
        }
        expected.put(
                KEYCLOAK.string("spec", "db", "database"), KEYCLOAK.string("spec", "db", "passwordSecret", "name"));
        assertEquals(expected, ownerSecretOfDatabase);
    }

    @Test
    void theServicesAndKeycloakWriteToThePrimary() {
        assertEquals(
                "postgres-rw", PRODUCTION.configMap("vigil-config").getData().get("VIGIL_DB_HOST"));
        assertEquals("postgres-rw", KEYCLOAK.string("spec", "db", "host"));
    }

    @Test
    void keycloakNeverSeesClientAddressesAndExposesNothing() {
        assertTrue(KEYCLOAK.at("spec", "proxy", "headers").isEmpty(), "Keycloak would trust X-Forwarded-For");
        assertEquals(Boolean.FALSE, KEYCLOAK.at("spec", "ingress", "enabled").orElseThrow());
        assertEquals(Boolean.TRUE, KEYCLOAK.at("spec", "startOptimized").orElseThrow());
        assertEquals(
                PRODUCTION.configMap("vigil-config").getData().get("KEYCLOAK_PUBLIC_URL"),
                KEYCLOAK.string("spec", "hostname", "hostname"));
        assertFalse(KEYCLOAK.body().toString().contains("import"), "imports a realm");
    }

    @Test
    void keycloakRunsTheImageTheOverlayPins() {
        assertEquals("registry.example.org/vigil/keycloak:26.7.3", KEYCLOAK.string("spec", "image"));
    }

    /** The base's Services and network policies find the operators' pods by these labels. */
    @Test
    void theOperatorsPodsCarryTheLabelsTheServicesAndPoliciesSelect() {
        for (String name : List.of("artemis", "keycloak")) {
            Map<String, String> selector =
                    PRODUCTION.named(V1Service.class, name).getSpec().getSelector();
            assertTrue(PRODUCTION.pod(name).labels().entrySet().containsAll(selector.entrySet()), name);
        }
        Set<String> names = PRODUCTION.pods().stream()
                .map(pod -> pod.labels().get("app.kubernetes.io/name"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(names.containsAll(Set.of("postgres", "artemis", "keycloak")), names.toString());
    }

    @Test
    void theServicesForTheOperatorsPodsTargetPortNumbers() {
        for (String name : List.of("artemis", "keycloak")) {
            var port =
                    PRODUCTION.named(V1Service.class, name).getSpec().getPorts().get(0);
            assertTrue(port.getTargetPort().isInteger(), name + " targets the named port " + port.getTargetPort());
            assertTrue(
                    PRODUCTION.pod(name).ports().contains(port.getTargetPort().getIntValue()), name);
        }
    }

    private static V1EnvVar env(List<V1EnvVar> env, String name) {
        return Optional.ofNullable(env).orElse(List.of()).stream()
                .filter(e -> e.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name));
    }
}
