package org.vigil.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1SecretKeySelector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.k8s.Manifests.Workload;

/** No secret value is ever committed: workloads read them from Secrets made out of band. */
class SecretsTest {

    /** The Secrets the workloads read, by name and key, as k8s/README.md lists them for operators. */
    static final Map<String, Set<String>> SECRETS = Map.ofEntries(
            Map.entry("vigil-db-events", Set.of("username", "password")),
            Map.entry("vigil-db-sources", Set.of("username", "password")),
            Map.entry("vigil-db-moderation", Set.of("username", "password")),
            Map.entry("vigil-amqp", Set.of("username", "password")),
            Map.entry("vigil-oidc-gateway", Set.of("client-secret")),
            Map.entry("vigil-oidc-web", Set.of("client-secret")),
            Map.entry("vigil-oidc-moderation", Set.of("client-secret")),
            Map.entry("vigil-pseudonym", Set.of("key")),
            Map.entry("vigil-webhooks", Set.of("key")),
            Map.entry("keycloak-admin", Set.of("username", "password")),
            Map.entry("keycloak-db", Set.of("username", "password")),
            Map.entry("postgres-admin", Set.of("username", "password")));

    /**
     * In production the operators read Secrets too: CloudNativePG the roles' passwords and the
     * object store's keys, ArtemisCloud the broker's logins, Keycloak's operator its database
     * and first admin. There is no postgres-admin there: the operator keeps the superuser.
     */
    static final Set<String> PRODUCTION_SECRETS = Set.of(
            "vigil-db-events",
            "vigil-db-sources",
            "vigil-db-moderation",
            "vigil-amqp",
            "vigil-oidc-gateway",
            "vigil-oidc-web",
            "vigil-oidc-moderation",
            "vigil-pseudonym",
            "vigil-webhooks",
            "keycloak-admin",
            "keycloak-db",
            "postgres-backup-s3",
            "artemis-jaas-config");

    private static final List<String> SECRET_WORDS = List.of("PASSWORD", "SECRET", "KEY");

    private static final Path LOCAL_SECRETS = Rendering.k8sDir().resolve("overlays/local/secrets");

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void envVarsNamedLikeSecretsComeFromSecrets(Rendering rendering) {
        List<String> literal = new ArrayList<>();
        for (Workload workload : rendering.manifests().workloads()) {
            workload.containers()
                    .forEach(container -> env(container.getEnv()).stream()
                            .filter(env ->
                                    SECRET_WORDS.stream().anyMatch(env.getName().toUpperCase()::contains))
                            .filter(env -> env.getValueFrom() == null
                                    || env.getValueFrom().getSecretKeyRef() == null)
                            .forEach(env -> literal.add(workload + " " + env.getName())));
        }
        assertEquals(List.of(), literal, "secret-like variables not read from a secretKeyRef");
    }

    @ParameterizedTest
    @EnumSource(
            value = Rendering.class,
            names = {"BASE", "PRODUCTION"})
    void noSecretIsCommitted(Rendering rendering) {
        assertEquals(
                List.of(),
                rendering.manifests().all(V1Secret.class).stream()
                        .map(s -> s.getMetadata().getName())
                        .toList());
    }

    @ParameterizedTest
    @EnumSource(
            value = Rendering.class,
            names = {"BASE", "LOCAL"})
    void workloadsReadExactlyTheDocumentedSecrets(Rendering rendering) {
        Map<String, Set<String>> read = new TreeMap<>();
        secretKeyRefs(rendering)
                .forEach(ref -> read.computeIfAbsent(Manifests.generatedName(ref.getName()), name -> new TreeSet<>())
                        .add(ref.getKey()));

        assertEquals(SECRETS, read);
    }

    @Test
    void productionReadsExactlyTheDocumentedSecrets() throws IOException {
        Set<String> read = new TreeSet<>();
        secretKeyRefs(Rendering.PRODUCTION).forEach(ref -> read.add(ref.getName()));
        Rendering.PRODUCTION.manifests().customResources().forEach(resource -> read.addAll(resource.secretNames()));

        assertEquals(new TreeSet<>(PRODUCTION_SECRETS), read);
        String readme = Files.readString(Rendering.k8sDir().resolve("README.md"));
        assertEquals(
                List.of(),
                PRODUCTION_SECRETS.stream()
                        .filter(name -> !readme.contains("`" + name + "`"))
                        .toList(),
                "Secrets k8s/README.md does not name");
    }

    @Test
    void theLocalOverlayGeneratesEverySecretKeyTheWorkloadsRead() {
        Manifests local = Rendering.LOCAL.manifests();
        List<String> missing = secretKeyRefs(Rendering.LOCAL)
                .filter(ref -> local.find(V1Secret.class, ref.getName())
                        .map(V1Secret::getData)
                        .map(data -> !data.containsKey(ref.getKey()))
                        .orElse(true))
                .map(ref -> ref.getName() + "/" + ref.getKey())
                .distinct()
                .toList();
        assertEquals(List.of(), missing, "secretKeyRefs the local overlay does not generate");
    }

    @Test
    void theCommittedSecretExamplesHoldNoValues() throws IOException {
        List<String> filled = new ArrayList<>();
        try (Stream<Path> files = Files.list(LOCAL_SECRETS)) {
            for (Path example :
                    files.filter(p -> p.toString().endsWith(".env.example")).toList()) {
                Files.readAllLines(example).stream()
                        .filter(line -> !line.startsWith("#") && line.contains("="))
                        .filter(line -> SECRET_WORDS.stream()
                                .anyMatch(line.substring(0, line.indexOf('=')).toUpperCase()::contains))
                        .filter(line -> !line.endsWith("="))
                        .forEach(line -> filled.add(example.getFileName() + ": " + line));
            }
        }
        assertEquals(List.of(), filled, "example env files carrying a secret value");
    }

    @Test
    void theLocalSecretFilesAreIgnoredByGit() throws IOException {
        assertTrue(
                Files.readAllLines(LOCAL_SECRETS.resolve(".gitignore")).contains("*.env"),
                "overlays/local/secrets/.gitignore must ignore *.env");
    }

    @Test
    void theReadmeTellsOperatorsEverySecretAndKeyToCreate() throws IOException {
        String readme = Files.readString(Rendering.k8sDir().resolve("README.md"));
        List<String> undocumented = SECRETS.entrySet().stream()
                .filter(secret -> !readme.contains("`" + secret.getKey() + "`")
                        || secret.getValue().stream().anyMatch(key -> !readme.contains("`" + key + "`")))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        assertEquals(List.of(), undocumented, "Secrets k8s/README.md does not name with their keys");
    }

    private static Stream<V1SecretKeySelector> secretKeyRefs(Rendering rendering) {
        return rendering.manifests().workloads().stream()
                .flatMap(workload -> workload.containers().stream())
                .flatMap(container -> env(container.getEnv()).stream())
                .map(V1EnvVar::getValueFrom)
                .filter(source -> source != null && source.getSecretKeyRef() != null)
                .map(source -> source.getSecretKeyRef());
    }

    private static List<V1EnvVar> env(List<V1EnvVar> env) {
        return Optional.ofNullable(env).orElse(List.of());
    }
}
