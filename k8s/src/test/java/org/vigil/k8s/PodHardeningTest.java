package org.vigil.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SeccompProfile;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.k8s.Manifests.Workload;

/** Every pod is hardened the same way (STYLE.md, after GoogleCloudPlatform/microservices-demo). */
class PodHardeningTest {

    static final List<String> SERVICES = List.of("gateway", "events-service", "sources-service", "moderation-service");
    static final List<String> APPS =
            List.of("gateway", "events-service", "sources-service", "moderation-service", "web");

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void everyContainerRunsAsNonRoot(Rendering rendering) {
        assertEveryContainer(
                rendering,
                "runs as non-root",
                (workload, container) -> Boolean.TRUE.equals(containerOrPod(
                        workload,
                        container,
                        V1SecurityContext::getRunAsNonRoot,
                        V1PodSecurityContext::getRunAsNonRoot)));
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void everyContainerHasAReadOnlyRootFilesystem(Rendering rendering) {
        assertEveryContainer(
                rendering,
                "has a read-only root filesystem",
                (workload, container) -> Boolean.TRUE.equals(security(container).getReadOnlyRootFilesystem()));
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void noContainerCanEscalatePrivileges(Rendering rendering) {
        assertEveryContainer(
                rendering,
                "forbids privilege escalation",
                (workload, container) ->
                        Boolean.FALSE.equals(security(container).getAllowPrivilegeEscalation())
                                && !Boolean.TRUE.equals(security(container).getPrivileged()));
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void everyContainerDropsAllCapabilities(Rendering rendering) {
        assertEveryContainer(rendering, "drops ALL capabilities and adds none", (workload, container) -> {
            var capabilities = security(container).getCapabilities();
            return capabilities != null
                    && capabilities.getDrop() != null
                    && capabilities.getDrop().contains("ALL")
                    && (capabilities.getAdd() == null || capabilities.getAdd().isEmpty());
        });
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void everyContainerUsesTheRuntimeDefaultSeccompProfile(Rendering rendering) {
        assertEveryContainer(rendering, "uses seccomp RuntimeDefault", (workload, container) -> {
            V1SeccompProfile profile = containerOrPod(
                    workload, container, V1SecurityContext::getSeccompProfile, V1PodSecurityContext::getSeccompProfile);
            return profile != null && "RuntimeDefault".equals(profile.getType());
        });
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void noPodMountsAServiceAccountToken(Rendering rendering) {
        List<String> mounting = rendering.manifests().workloads().stream()
                .filter(w -> !Boolean.FALSE.equals(w.pod().getAutomountServiceAccountToken()))
                .map(Workload::toString)
                .toList();
        assertEquals(List.of(), mounting, "pods that would mount a service account token");
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void everyContainerRequestsAndIsLimitedInCpuAndMemory(Rendering rendering) {
        assertEveryContainer(
                rendering, "has cpu and memory requests no greater than its limits", (workload, container) -> {
                    V1ResourceRequirements resources = container.getResources();
                    if (resources == null || resources.getRequests() == null || resources.getLimits() == null) {
                        return false;
                    }
                    return List.of("cpu", "memory").stream().allMatch(resource -> {
                        Quantity request = resources.getRequests().get(resource);
                        Quantity limit = resources.getLimits().get(resource);
                        return request != null
                                && limit != null
                                && request.getNumber().compareTo(limit.getNumber()) <= 0;
                    });
                });
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void everyContainerHasStartupReadinessAndLivenessProbes(Rendering rendering) {
        assertEveryContainer(
                rendering,
                "has startup, readiness and liveness probes",
                (workload, container) -> container.getStartupProbe() != null
                        && container.getReadinessProbe() != null
                        && container.getLivenessProbe() != null);
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void theServicesAreProbedOnTheirQuarkusHealthEndpoints(Rendering rendering) {
        for (String service : APPS) {
            V1Container container = rendering.manifests().workload(service).container(service);
            assertEquals(
                    Map.of(
                            "startup", "/q/health/started",
                            "readiness", "/q/health/ready",
                            "liveness", "/q/health/live"),
                    Map.of(
                            "startup", path(container.getStartupProbe()),
                            "readiness", path(container.getReadinessProbe()),
                            "liveness", path(container.getLivenessProbe())),
                    service + "'s probes");
        }
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void everyAppIsProbedOnItsManagementPortWhichIsNotItsPublicOne(Rendering rendering) {
        for (String app : APPS) {
            V1Container container = rendering.manifests().workload(app).container(app);
            for (V1Probe probe :
                    List.of(container.getStartupProbe(), container.getReadinessProbe(), container.getLivenessProbe())) {
                assertEquals("management", probe.getHttpGet().getPort().getStrValue(), app + "'s probe port");
            }
            Map<String, Integer> ports = new java.util.HashMap<>();
            container.getPorts().forEach(port -> ports.put(port.getName(), port.getContainerPort()));
            assertEquals(Map.of("http", 8080, "management", 9000), ports, app + "'s ports");
            assertEquals(
                    "9000",
                    container.getEnv().stream()
                            .filter(env -> env.getName().equals("QUARKUS_MANAGEMENT_PORT"))
                            .findFirst()
                            .map(env -> env.getValue())
                            .orElse("(not set)"),
                    app + "'s QUARKUS_MANAGEMENT_PORT");
        }
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void everyContainerWritesTemporaryFilesToAnEmptyDirAtTmp(Rendering rendering) {
        assertEveryContainer(
                rendering,
                "mounts an emptyDir at /tmp",
                (workload, container) -> Optional.ofNullable(container.getVolumeMounts()).orElse(List.of()).stream()
                        .filter(mount -> "/tmp".equals(mount.getMountPath()))
                        .map(mount -> volume(workload, mount.getName()))
                        .anyMatch(volume -> volume != null && volume.getEmptyDir() != null));
    }

    private static void assertEveryContainer(
            Rendering rendering, String rule, BiPredicate<Workload, V1Container> holds) {
        List<String> breaking = new ArrayList<>();
        for (Workload workload : rendering.manifests().workloads()) {
            for (V1Container container : workload.containers()) {
                if (!holds.test(workload, container)) {
                    breaking.add(workload + " container " + container.getName());
                }
            }
        }
        assertEquals(List.of(), breaking, "containers where it is not true that each " + rule);
    }

    private static V1SecurityContext security(V1Container container) {
        return Objects.requireNonNullElseGet(container.getSecurityContext(), V1SecurityContext::new);
    }

    /** A setting the container may make and otherwise inherits from its pod. */
    private static <T> T containerOrPod(
            Workload workload,
            V1Container container,
            Function<V1SecurityContext, T> ofContainer,
            Function<V1PodSecurityContext, T> ofPod) {
        T own = ofContainer.apply(security(container));
        if (own != null) {
            return own;
        }
        V1PodSecurityContext pod = workload.pod().getSecurityContext();
        return pod == null ? null : ofPod.apply(pod);
    }

    private static V1Volume volume(Workload workload, String name) {
        return Optional.ofNullable(workload.pod().getVolumes()).orElse(List.of()).stream()
                .filter(v -> v.getName().equals(name))
                .findFirst()
                .orElse(null);
    }

    private static String path(V1Probe probe) {
        return Optional.ofNullable(probe)
                .map(V1Probe::getHttpGet)
                .map(V1HTTPGetAction::getPath)
                .orElse("(none)");
    }
}
