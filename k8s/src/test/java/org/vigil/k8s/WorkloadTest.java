package org.vigil.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import io.kubernetes.client.openapi.models.V2MetricSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.k8s.Manifests.Workload;

/** The four services, Keycloak, Artemis and PostgreSQL as docs/product.md §4 and §7 describe them. */
class WorkloadTest {

    /** The services and the web app: stateless Quarkus apps on 8080, scaled by their autoscalers. */
    private static final List<String> APPS = PodHardeningTest.APPS;

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void eachServiceHasADeploymentServiceAutoscalerAndDisruptionBudget(Rendering rendering) {
        Manifests manifests = rendering.manifests();
        for (String service : APPS) {
            manifests.named(V1Deployment.class, service);
            manifests.named(V1Service.class, service);
            manifests.named(V2HorizontalPodAutoscaler.class, service);
            manifests.named(V1PodDisruptionBudget.class, service);
        }
    }

    @Test
    void theBaseRunsTheImagesTheProjectBuilds() {
        for (String service : APPS) {
            assertEquals(
                    "vigil/" + service + ":1.0.0",
                    container(Rendering.BASE, service).getImage());
        }
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void theAutoscalersScaleTheirServiceOnCpu(Rendering rendering) {
        for (String service : APPS) {
            V2HorizontalPodAutoscaler hpa = rendering.manifests().named(V2HorizontalPodAutoscaler.class, service);
            assertEquals(service, hpa.getSpec().getScaleTargetRef().getName());
            List<String> resources = hpa.getSpec().getMetrics().stream()
                    .map(V2MetricSpec::getResource)
                    .filter(r -> r != null && r.getTarget().getAverageUtilization() != null)
                    .map(r -> r.getName())
                    .toList();
            assertEquals(List.of("cpu"), resources, service);
            assertTrue(hpa.getSpec().getMinReplicas() <= hpa.getSpec().getMaxReplicas(), service);
        }
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void eachDeploymentStartsWithItsAutoscalersMinimum(Rendering rendering) {
        for (String service : APPS) {
            assertEquals(
                    rendering
                            .manifests()
                            .named(V2HorizontalPodAutoscaler.class, service)
                            .getSpec()
                            .getMinReplicas(),
                    rendering
                            .manifests()
                            .named(V1Deployment.class, service)
                            .getSpec()
                            .getReplicas(),
                    service);
        }
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void disruptionBudgetsCoverTheirServicesPods(Rendering rendering) {
        for (String service : APPS) {
            V1PodDisruptionBudget pdb = rendering.manifests().named(V1PodDisruptionBudget.class, service);
            assertTrue(
                    NetworkPolicies.matches(
                            pdb.getSpec().getSelector(),
                            rendering
                                    .manifests()
                                    .workload(service)
                                    .template()
                                    .getMetadata()
                                    .getLabels()),
                    service);
        }
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void eachServiceGetsTheEnvironmentTheConventionsPromise(Rendering rendering) {
        Map<String, Set<String>> promised = Conventions.environmentByService();
        for (String service : APPS) {
            Set<String> provided = envNames(container(rendering, service));
            Set<String> missing = new TreeSet<>(promised.get(service));
            missing.removeAll(provided);
            assertEquals(Set.of(), missing, service + " lacks variables docs/conventions.md lists for it");
        }
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void eachServiceListensOn8080WhereItsServiceAndProbesPoint(Rendering rendering) {
        for (String service : APPS) {
            V1Container container = container(rendering, service);
            assertEquals("8080", env(container, "QUARKUS_HTTP_PORT").getValue(), service);
            assertEquals(8080, container.getPorts().get(0).getContainerPort(), service);
            assertEquals("http", container.getPorts().get(0).getName(), service);
        }
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void everyConfigMapKeyAWorkloadReadsExists(Rendering rendering) {
        Set<String> missing = new TreeSet<>();
        for (Workload workload : rendering.manifests().workloads()) {
            for (V1Container container : workload.containers()) {
                for (V1EnvVar env : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
                    var ref = env.getValueFrom() == null
                            ? null
                            : env.getValueFrom().getConfigMapKeyRef();
                    if (ref != null
                            && rendering
                                    .manifests()
                                    .find(V1ConfigMap.class, ref.getName())
                                    .map(cm -> !cm.getData().containsKey(ref.getKey()))
                                    .orElse(true)) {
                        missing.add(workload + " " + ref.getName() + "/" + ref.getKey());
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @ParameterizedTest
    @EnumSource(
            value = Rendering.class,
            names = {"BASE", "LOCAL"})
    void theSharedSettingsPointAtTheClustersOwnServices(Rendering rendering) {
        Map<String, String> config =
                rendering.manifests().configMap("vigil-config").getData();
        assertEquals("postgres", config.get("VIGIL_DB_HOST"));
        assertEquals("5432", config.get("VIGIL_DB_PORT"));
        assertEquals("artemis", config.get("VIGIL_AMQP_HOST"));
        assertEquals("5673", config.get("VIGIL_AMQP_PORT"));
        assertEquals("http://keycloak:8080/realms/vigil", config.get("VIGIL_OIDC_URL"));
        for (String service : List.of("events", "sources", "moderation")) {
            assertEquals("http://" + service + "-service:8080", config.get("VIGIL_" + service.toUpperCase() + "_URL"));
        }
        Set<String> servicePorts = rendering.manifests().all(V1Service.class).stream()
                .map(s -> s.getMetadata().getName() + ":"
                        + s.getSpec().getPorts().get(0).getPort())
                .collect(Collectors.toSet());
        assertTrue(
                servicePorts.containsAll(Set.of(
                        "postgres:5432",
                        "artemis:5673",
                        "keycloak:8080",
                        "events-service:8080",
                        "sources-service:8080",
                        "moderation-service:8080")),
                servicePorts.toString());
    }

    @ParameterizedTest
    @EnumSource(
            value = Rendering.class,
            names = {"BASE", "LOCAL"})
    void keycloakRunsInProductionModeWithoutImportingARealm(Rendering rendering) {
        V1Container keycloak = container(rendering, "keycloak");
        List<String> args = Optional.ofNullable(keycloak.getArgs()).orElse(List.of());

        assertEquals("start", args.get(0));
        assertFalse(args.stream().anyMatch(arg -> arg.contains("import")), "imports a realm: " + args);
        assertFalse(args.contains("start-dev"));
        assertTrue(
                Optional.ofNullable(keycloak.getVolumeMounts()).orElse(List.of()).stream()
                        .noneMatch(mount -> mount.getMountPath().contains("import")),
                "mounts a realm to import");
    }

    @ParameterizedTest
    @EnumSource(
            value = Rendering.class,
            names = {"BASE", "LOCAL"})
    void postgresCreatesTheDatabaseEachServiceAndKeycloakReads(Rendering rendering) {
        String initScript = rendering
                .manifests()
                .configMap("postgres-init")
                .getData()
                .values()
                .iterator()
                .next();
        for (String service : List.of("events-service", "sources-service", "moderation-service")) {
            String database =
                    env(container(rendering, service), "VIGIL_DB_NAME").getValue();
            assertTrue(initScript.contains("create_database " + database + " "), service + " reads " + database);
        }
        String keycloakDatabase =
                env(container(rendering, "keycloak"), "KC_DB_URL_DATABASE").getValue();
        assertTrue(
                initScript.contains("create_database " + keycloakDatabase + " "), "keycloak reads " + keycloakDatabase);
    }

    @ParameterizedTest
    @EnumSource(
            value = Rendering.class,
            names = {"BASE", "LOCAL"})
    void theBrokerAndTheDatabaseKeepTheirDataOnPersistentVolumes(Rendering rendering) {
        Map<String, String> dataPaths = Map.of(
                "artemis", "/var/lib/artemis-instance",
                "postgres", "/var/lib/postgresql/data");
        dataPaths.forEach((name, path) -> {
            V1StatefulSet statefulSet = rendering.manifests().named(V1StatefulSet.class, name);
            Set<String> claims = statefulSet.getSpec().getVolumeClaimTemplates().stream()
                    .map(claim -> claim.getMetadata().getName())
                    .collect(Collectors.toSet());
            String mounted = container(rendering, name).getVolumeMounts().stream()
                    .filter(mount -> mount.getMountPath().equals(path))
                    .map(mount -> mount.getName())
                    .findFirst()
                    .orElse(null);
            assertNotNull(mounted, name + " mounts nothing at " + path);
            assertTrue(claims.contains(mounted), name + "'s " + path + " is not a persistent volume claim");
        });
    }

    private static V1Container container(Rendering rendering, String workload) {
        return rendering.manifests().workload(workload).container(workload);
    }

    private static Set<String> envNames(V1Container container) {
        return Optional.ofNullable(container.getEnv()).orElse(List.of()).stream()
                .map(V1EnvVar::getName)
                .collect(Collectors.toSet());
    }

    private static V1EnvVar env(V1Container container, String name) {
        return Optional.ofNullable(container.getEnv()).orElse(List.of()).stream()
                .filter(e -> e.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " has no " + name));
    }
}
