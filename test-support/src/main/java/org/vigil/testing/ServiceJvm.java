package org.vigil.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The JVM a packaged service runs on: the JDK named by {@value #JAVA_HOME} (the benchmark names the
 * one {@code ./vigil up} picks, a JDK 25+), else this JVM. On a JDK 25 or newer a service starts from
 * an ahead-of-time cache (JEP 483/514/515) rather than a class-data archive, and either is only ever
 * used by the JVM build that wrote it, hence its runtime version in the file's name.
 */
record ServiceJvm(Path home, String runtimeVersion, int feature) {

    /** The system property naming the services' JDK. */
    static final String JAVA_HOME = "vigil.service.java-home";

    static ServiceJvm chosen() {
        String named = System.getProperty(JAVA_HOME, "");
        if (named.isBlank()) {
            return new ServiceJvm(
                    Path.of(System.getProperty("java.home")),
                    Runtime.version().toString(),
                    Runtime.version().feature());
        }
        Path home = Path.of(named);
        Properties release = new Properties();
        try (var reader = Files.newBufferedReader(home.resolve("release"))) {
            release.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(JAVA_HOME + "=" + named + " has no readable release file", e);
        }
        String version = unquoted(release.getProperty("JAVA_VERSION"))
                .orElseThrow(() -> new IllegalStateException(named + "/release names no JAVA_VERSION"));
        String runtime = unquoted(release.getProperty("JAVA_RUNTIME_VERSION")).orElse(version);
        return new ServiceJvm(home, runtime, Integer.parseInt(version.split("[.+-]")[0]));
    }

    Path java() {
        return home.resolve("bin").resolve("java");
    }

    boolean hasAheadOfTimeCache() {
        return feature >= 25;
    }

    /** Where a service's archive or cache lives: beside its jar, one per JVM build. */
    Path archiveBeside(Path jar) {
        return jar.resolveSibling("classes-" + runtimeVersion + (hasAheadOfTimeCache() ? ".aot" : ".jsa"));
    }

    private static Optional<String> unquoted(String value) {
        return Optional.ofNullable(value).map(v -> v.replace("\"", "")).filter(v -> !v.isBlank());
    }
}
