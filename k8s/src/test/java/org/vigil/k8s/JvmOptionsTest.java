package org.vigil.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvVar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A service's JVM runs with the same options in a pod as under {@code ./vigil up}, e2e and the
 * benchmark: {@code JAVA_TOOL_OPTIONS} of {@code ops/services/<service>.env}, where its heap,
 * metaspace, code cache and direct memory are bounded (docs/benchmark.md, "Lean services"). A
 * memory limit below those bounds would have the pod killed before the JVM ever reports a full heap.
 */
class JvmOptionsTest {

    private static final List<String> SERVICES =
            List.of("events-service", "sources-service", "moderation-service", "web", "gateway");
    private static final Pattern SIZE =
            Pattern.compile("-XX:(?:MaxMetaspaceSize|ReservedCodeCacheSize|MaxDirectMemorySize)=(\\d+)m|-Xmx(\\d+)m");

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void everyServiceRunsWithTheJvmOptionsOfItsEnvFile(Rendering rendering) {
        for (String service : SERVICES) {
            // the pod may add what only a container needs (its writable /tmp), never leave one out
            List<String> inPod =
                    List.of(podEnv(rendering, service, "JAVA_TOOL_OPTIONS").split(" "));
            for (String option : envFile(service, "JAVA_TOOL_OPTIONS").split(" ")) {
                assertTrue(
                        inPod.contains(option),
                        service + " in " + rendering + " runs without " + option + " of ops/services/" + service
                                + ".env: " + inPod);
            }
            assertEquals(
                    envFile(service, "MALLOC_ARENA_MAX"),
                    podEnv(rendering, service, "MALLOC_ARENA_MAX"),
                    service + "'s MALLOC_ARENA_MAX in " + rendering);
        }
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void everyServiceIsAllowedMoreMemoryThanItsJvmIsBoundedTo(Rendering rendering) {
        for (String service : SERVICES) {
            long bounded = 0;
            Matcher size = SIZE.matcher(envFile(service, "JAVA_TOOL_OPTIONS"));
            while (size.find()) {
                bounded += Long.parseLong(size.group(1) != null ? size.group(1) : size.group(2));
            }
            assertTrue(bounded > 0, service + " bounds no part of its JVM's memory");
            Quantity limit =
                    container(rendering, service).getResources().getLimits().get("memory");
            BigDecimal mebibytes = limit.getNumber().divide(BigDecimal.valueOf(1024L * 1024));
            assertTrue(
                    mebibytes.longValue() > bounded,
                    service + " in " + rendering + ": memory limit " + limit.toSuffixedString() + " is not above the "
                            + bounded + " MiB its JVM options bound");
        }
    }

    private static String podEnv(Rendering rendering, String service, String name) {
        return container(rendering, service).getEnv().stream()
                .filter(e -> e.getName().equals(name))
                .map(V1EnvVar::getValue)
                .findFirst()
                .orElse("");
    }

    private static V1Container container(Rendering rendering, String service) {
        return rendering.manifests().workload(service).container(service);
    }

    private static String envFile(String service, String name) {
        Path file = Rendering.k8sDir().resolveSibling("ops/services").resolve(service + ".env");
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> line.startsWith(name + "="))
                    .map(line -> line.substring(name.length() + 1))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(file + " sets no " + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
