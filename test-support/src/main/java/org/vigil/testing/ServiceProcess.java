package org.vigil.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One process of the platform (a packaged service, or Keycloak) as {@code ./vigil up} runs it: its
 * own environment, its log appended to a file, its readiness over HTTP. It can be stopped and
 * started again (the e2e tests take a service down, cleanly or with SIGKILL), and its memory
 * read from {@code /proc} (the benchmark samples it).
 */
public final class ServiceProcess implements AutoCloseable {

    /** The system property that lets a start without a class-data archive record one. */
    public static final String RECORD_CLASS_ARCHIVE = "vigil.class-archive.record";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private final URI base;
    private final String readinessPath;
    private final URI readinessUrl;
    private final Path classArchive;
    private Process process;
    private boolean classArchiveUsed;

    public ServiceProcess(
            String name,
            List<String> command,
            Map<String, String> environment,
            Path log,
            URI base,
            String readinessPath) {
        this(name, command, environment, log, base, readinessPath, null, null);
    }

    private ServiceProcess(
            String name,
            List<String> command,
            Map<String, String> environment,
            Path log,
            URI base,
            String readinessPath,
            URI readinessUrl,
            Path classArchive) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.log = log;
        this.base = base;
        this.readinessPath = readinessPath;
        this.readinessUrl = readinessUrl;
        this.classArchive = classArchive;
    }

    /**
     * A packaged Quarkus service: {@code java <jvmOptions> -jar <jar>}, ready when {@code /q/health/ready}
     * on its management port ({@code management}, where every Vigil service serves {@code /q/*}) says so.
     * It runs on {@link ServiceJvm#chosen()}, with the class-data archive or ahead-of-time cache of its jar and that JVM
     * when there is one ({@link #classArchiveOptions}).
     */
    public static ServiceProcess quarkus(
            String name,
            Path jar,
            List<String> jvmOptions,
            Map<String, String> environment,
            Path log,
            URI base,
            URI management) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package " + name + " first");
        }
        ServiceJvm jvm = ServiceJvm.chosen();
        List<String> command = new ArrayList<>();
        command.add(jvm.java().toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        return new ServiceProcess(
                name,
                command,
                environment,
                log,
                base,
                null,
                URI.create(management + "/q/health/ready"),
                jvm.archiveBeside(jar));
    }

    public String name() {
        return name;
    }

    public URI uri(String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }

    public ServiceProcess start() {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            List<String> command = new ArrayList<>(this.command);
            if (classArchive != null) {
                command.addAll(1, classArchiveOptions());
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
            return this;
        } catch (IOException e) {
            throw new IllegalStateException(name + " could not start", e);
        }
    }

    /**
     * A service's start-up is mostly loading and verifying ~16,000 classes; a dynamic class-data
     * archive maps the ones it loaded last time instead (docs/benchmark.md, "Lean services"), as
     * {@code ./vigil up} does. An archive newer than the jar is used; an archive the JVM cannot use
     * (another JVM, a changed jar) is ignored and the start is a normal one ({@code -Xshare:auto},
     * the default). Without one, a start records it only where {@value #RECORD_CLASS_ARCHIVE} is
     * {@code true} (the lean benchmark): the JVM writes it when it stops, which takes seconds, and
     * e2e's platform stopping five recording services at the end outlasted failsafe's 30 s for a
     * fork to exit.
     */
    private List<String> classArchiveOptions() {
        Path jar = Path.of(command.get(command.size() - 1));
        try {
            classArchiveUsed = Files.isRegularFile(classArchive)
                    && Files.getLastModifiedTime(classArchive).compareTo(Files.getLastModifiedTime(jar)) > 0;
        } catch (IOException e) {
            classArchiveUsed = false;
        }
        if (!classArchiveUsed && !Boolean.getBoolean(RECORD_CLASS_ARCHIVE)) {
            return List.of();
        }
        if (classArchive.getFileName().toString().endsWith(".aot")) {
            // a JDK 25's ahead-of-time cache, as ./vigil up uses it (ServiceJvm); a cache it could not write or use
            // is said, not the thousands of classes it leaves out
            return List.of(
                    (classArchiveUsed ? "-XX:AOTCache=" : "-XX:AOTCacheOutput=") + classArchive,
                    "-Xlog:aot=error,cds=error");
        }
        return List.of(
                (classArchiveUsed ? "-XX:SharedArchiveFile=" : "-XX:ArchiveClassesAtExit=") + classArchive,
                // not the thousands of classes a recording leaves out, one line each; a refused archive is still said
                "-Xlog:cds=off");
    }

    /** Whether the last start mapped classes from an archive an earlier start had written. */
    public boolean classArchiveUsed() {
        return classArchiveUsed;
    }

    public ServiceProcess awaitReady(Duration timeout) {
        URI readiness = readinessUrl != null ? readinessUrl : uri(readinessPath);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = HTTP.send(
                        HttpRequest.newBuilder(readiness)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            // often enough that the time to ready (benchmark/run lean) is measured to a tenth of a second
            sleep(100);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
    }

    /**
     * The processor time the process has used since it started (user and system): unlike the wall
     * time to ready, it hardly depends on what else the machine runs.
     */
    public Duration cpuTime() {
        return process == null
                ? Duration.ZERO
                : process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** The process id, or -1 when it was never started. */
    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /** The resident set size of the process now, in bytes ({@code VmRSS}); -1 when it is gone. */
    public long rss() {
        return status("VmRSS:");
    }

    /** The largest resident set size the process has had since it started ({@code VmHWM}). */
    public long peakRss() {
        return status("VmHWM:");
    }

    private long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length())
                                    .replace("kB", "")
                                    .strip())
                            * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone
        }
        return -1;
    }

    /**
     * SIGTERM, as an orchestrator stops a pod; SIGKILL if it does not stop within 30 s, or within
     * three minutes when it is recording its archive or cache: a JDK 25 writes a database service's
     * ahead-of-time cache (~125 MB) as it exits, which took over 30 s on this machine, and a start
     * right after a cut one would record again (as {@code ./vigil down}'s VIGIL_TIMEOUT_ARCHIVE).
     */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        boolean recording = classArchive != null && !classArchiveUsed && Boolean.getBoolean(RECORD_CLASS_ARCHIVE);
        // kc.sh is a shell parent of Keycloak's JVM: stop the children too
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(recording ? 180 : 30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                if (recording) {
                    // it may have been writing its class-data archive: a cut one would be refused ever after
                    Files.deleteIfExists(classArchive);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL, as a crashed node or an OOM kill: no shutdown hook runs, in-flight work is cut off. */
    public void kill() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * SIGSTOP: the process keeps its port and its connections but answers nothing, as in a long
     * garbage-collection pause or on a host that stalls. {@link #thaw()} lets it go on.
     */
    public void freeze() {
        signal("STOP");
    }

    /** SIGCONT: a frozen process carries on where it stopped. */
    public void thaw() {
        signal("CONT");
    }

    private void signal(String signal) {
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(name + " is not running");
        }
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + name + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("kill could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
