package org.vigil.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The machine's PostgreSQL cluster the tests use (Debian's {@code main} cluster), stopped and
 * started as an operator would with {@code pg_ctlcluster}. Only the fault suite stops it; CI runs
 * the suites one after another, so nothing else uses it at that moment.
 */
final class TestPostgres {

    private TestPostgres() {}

    /** {@code stop -m immediate}: no checkpoint, open connections cut; what a crash leaves behind. */
    static void stopImmediately() {
        cluster("stop", "-m", "immediate");
    }

    /** Starts the cluster and waits until it takes connections. */
    static void start() {
        cluster("start");
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            if (run(List.of("pg_isready", "-h", "127.0.0.1", "-p", "5432")) == 0) {
                return;
            }
            FaultSchedule.pause(Duration.ofMillis(500));
        }
        throw new IllegalStateException("PostgreSQL did not come back within a minute");
    }

    private static void cluster(String... action) {
        List<String> command =
                new java.util.ArrayList<>(List.of("pg_ctlcluster", "--skip-systemctl-redirect", version(), "main"));
        command.addAll(List.of(action));
        int exit = run(command);
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
        }
    }

    /** The installed major version, from Debian's layout ({@code /etc/postgresql/<version>/main}). */
    private static String version() {
        try (Stream<Path> versions = Files.list(Path.of("/etc/postgresql"))) {
            return versions.filter(v -> Files.isDirectory(v.resolve("main")))
                    .map(v -> v.getFileName().toString())
                    .max(java.util.Comparator.comparingInt(Integer::parseInt))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL cluster under /etc/postgresql"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException(command.get(0) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
