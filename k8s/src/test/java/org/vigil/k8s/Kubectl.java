package org.vigil.k8s;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The kubectl the tests render the kustomizations with ({@code kubectl kustomize} works with no
 * cluster). A machine without a recent enough kubectl fails these tests with a message saying
 * how to get one: the manifests must never pass unvalidated.
 */
final class Kubectl {

    /** kustomize v5 (kubectl 1.27+) understands every field the kustomizations use. */
    static final int MIN_KUSTOMIZE_MAJOR = 5;

    static final String HOW_TO_GET_IT = """
            The k8s tests render the manifests with `kubectl kustomize` (no cluster needed) and need \
            kubectl 1.27 or newer, which embeds kustomize v5. On the project's machine image kubectl \
            is preinstalled as the package `kubectl` 1:528.0.0-0 from Google's Cloud SDK apt \
            repository (/usr/bin/kubectl -> /usr/lib/google-cloud-sdk/bin/kubectl); Debian's own \
            `kubernetes-client` package is kubectl 1.20 with kustomize v2.0.3, too old for these \
            kustomizations. Install any kubectl >= 1.27 (e.g. the release binary from the Kubernetes \
            project) and put it on the PATH, or point -Dvigil.kubectl (or $KUBECTL) at it.""";

    private static final Pattern KUSTOMIZE_VERSION = Pattern.compile("Kustomize Version:\\s*v?(\\d+)\\.(\\d+)");

    private final Path executable;

    private Kubectl(Path executable) {
        this.executable = executable;
    }

    /** The kubectl of this machine; fails the calling test when there is none usable. */
    static Kubectl onThisMachine() {
        String configured =
                Optional.ofNullable(System.getProperty("vigil.kubectl")).orElse(System.getenv("KUBECTL"));
        return at(configured != null && !configured.isBlank() ? Path.of(configured) : searchPath());
    }

    /** The kubectl at this path; fails the calling test when it is missing or too old. */
    static Kubectl at(Path executable) {
        if (executable == null || !Files.isExecutable(executable)) {
            fail("kubectl not found" + (executable == null ? " on the PATH" : " at " + executable) + ". "
                    + HOW_TO_GET_IT);
        }
        Kubectl kubectl = new Kubectl(executable);
        kubectl.requireKustomizeV5();
        return kubectl;
    }

    /** {@code kubectl kustomize dir}: the rendered YAML stream. */
    String kustomize(Path dir) {
        Result result = run("kustomize", dir.toString());
        if (result.exitCode != 0) {
            fail("kubectl kustomize " + dir + " failed (exit " + result.exitCode + "):\n" + result.stderr);
        }
        return result.stdout;
    }

    private void requireKustomizeV5() {
        Result result = run("version", "--client");
        Matcher version = KUSTOMIZE_VERSION.matcher(result.stdout);
        if (result.exitCode != 0 || !version.find()) {
            fail(executable + " did not report its kustomize version (exit " + result.exitCode + "): " + result.stdout
                    + result.stderr + "\n" + HOW_TO_GET_IT);
        }
        if (Integer.parseInt(version.group(1)) < MIN_KUSTOMIZE_MAJOR) {
            fail(executable + " embeds kustomize " + version.group(0) + ". " + HOW_TO_GET_IT);
        }
    }

    private static Path searchPath() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.concat(Stream.of(path.split(File.pathSeparator)), Stream.of("/usr/local/bin", "/usr/bin"))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
    }

    private record Result(int exitCode, String stdout, String stderr) {}

    private Result run(String... args) {
        List<String> command =
                Stream.concat(Stream.of(executable.toString()), Stream.of(args)).toList();
        try {
            Process process = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            CompletableFuture<String> stdout = readAsync(process.getInputStream());
            CompletableFuture<String> stderr = readAsync(process.getErrorStream());
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within 120 s");
            }
            return new Result(process.exitValue(), stdout.join(), stderr.join());
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static CompletableFuture<String> readAsync(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
