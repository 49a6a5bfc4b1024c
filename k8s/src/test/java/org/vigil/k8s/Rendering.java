package org.vigil.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The kustomizations under k8s/, each rendered once per test run with {@code kubectl kustomize}
 * and parsed into Kubernetes API objects.
 */
enum Rendering {
    BASE("base"),
    PRODUCTION("overlays/production"),
    /** Rendered in a temporary copy whose secret env files are made from the committed examples. */
    LOCAL("overlays/local");

    private static final Map<Rendering, Manifests> RENDERED = new ConcurrentHashMap<>();

    private final String directory;

    Rendering(String directory) {
        this.directory = directory;
    }

    /** The k8s/ directory of the checkout (the module's base directory when Maven runs the tests). */
    static Path k8sDir() {
        return Path.of(System.getProperty("vigil.k8s.dir", "."))
                .toAbsolutePath()
                .normalize();
    }

    Path sourceDir() {
        return k8sDir().resolve(directory);
    }

    Manifests manifests() {
        return RENDERED.computeIfAbsent(this, Rendering::render);
    }

    private Manifests render() {
        Kubectl kubectl = Kubectl.onThisMachine();
        Path dir = this == LOCAL
                ? LocalSecrets.workspaceWithExampleSecrets(k8sDir()).resolve(directory)
                : sourceDir();
        return Manifests.parse(kubectl.kustomize(dir));
    }

    /**
     * The local overlay reads git-ignored env files. The tests never touch the checkout's: they
     * copy k8s/ (without any *.env) to a temporary directory and write env files there from the
     * committed examples, giving every empty value a placeholder.
     */
    static final class LocalSecrets {

        static final String PLACEHOLDER = "generated-by-the-k8s-tests";

        private LocalSecrets() {}

        static Path workspaceWithExampleSecrets(Path k8sDir) {
            try {
                Path workspace = Files.createTempDirectory("vigil-k8s-");
                deleteOnExit(workspace);
                for (String part : List.of("base", "overlays")) {
                    copyTree(k8sDir.resolve(part), workspace.resolve(part));
                }
                try (Stream<Path> examples = Files.list(workspace.resolve("overlays/local/secrets"))) {
                    for (Path example : examples.filter(p -> p.toString().endsWith(".env.example"))
                            .toList()) {
                        String name = example.getFileName().toString().replace(".env.example", ".env");
                        Files.writeString(example.resolveSibling(name), fillEmptyValues(Files.readString(example)));
                    }
                }
                return workspace;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static String fillEmptyValues(String envFile) {
            return envFile.lines()
                    .map(line -> line.endsWith("=") && !line.startsWith("#") ? line + PLACEHOLDER : line)
                    .reduce("", (text, line) -> text + line + "\n");
        }

        private static void copyTree(Path from, Path to) throws IOException {
            try (Stream<Path> files = Files.walk(from)) {
                for (Path source : files.toList()) {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else if (!source.getFileName().toString().endsWith(".env")) {
                        Files.copy(source, target);
                    }
                }
            }
        }

        private static void deleteOnExit(Path workspace) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Stream<Path> files = Files.walk(workspace)) {
                    files.sorted(Comparator.reverseOrder())
                            .forEach(path -> path.toFile().delete());
                } catch (IOException ignored) {
                    // a leftover temporary directory is harmless
                }
            }));
        }
    }
}
