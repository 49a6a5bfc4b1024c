package org.vigil.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs {@code ops/artemis/DeadLetters.java}, the tool behind {@code ./vigil dead-letters}, exactly
 * as the script does (Java's single-file launcher, Artemis' client jars on the class path) against
 * the test broker, so tests exercise the operator's own tool rather than a copy of its logic.
 */
public final class DeadLetterTool {

    private final String coreUrl;
    private final Path source;

    public DeadLetterTool(TestBroker broker) {
        this(broker.coreUrl());
    }

    /** Against the broker at this CORE URL ({@code tcp://host:port}), e.g. a {@link BrokerProcess}. */
    public DeadLetterTool(String coreUrl) {
        this.coreUrl = coreUrl;
        this.source = findSource();
    }

    /** Runs one command (list, count, replay ID) and answers what it printed; fails on a non-zero exit. */
    public String run(String... command) {
        List<String> line = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                artemisClientClassPath(),
                source.toString(),
                "--url",
                coreUrl));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the dead-letter tool did not finish: " + line);
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("the dead-letter tool failed (" + process.exitValue() + "): " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Artemis' client and what it needs, as in Artemis' lib/: a whole test class path makes compiling slow. */
    private static String artemisClientClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> {
                    String name = Path.of(entry).getFileName().toString();
                    return name.startsWith("artemis-")
                            || name.startsWith("netty-")
                            || name.startsWith("slf4j-api-")
                            || name.startsWith("commons-")
                            || name.startsWith("jboss-logging-");
                })
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static Path findSource() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            Path candidate = directory.resolve("ops/artemis/DeadLetters.java");
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "ops/artemis/DeadLetters.java not found above " + Path.of("").toAbsolutePath());
    }
}
