package org.vigil.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The end-to-end run's own PostgreSQL cluster: initialised under {@code target/}, listening on
 * loopback at a free port, owned by this run alone. The fault suite stops it as a crash would
 * ({@code pg_ctl stop -m immediate}) without touching the machine's shared server, which other
 * builds on the same machine may be using.
 *
 * <p>PostgreSQL refuses to run as root: when the test JVM is root (a container, a CI runner) its
 * programs run as the {@code postgres} system user, which owns the cluster's directory.
 */
final class TestPostgres {

    private static final String SUPERUSER = Platform.DB_USER;

    private final Path directory;
    private final Path data;
    private final Path bin;
    private final boolean asPostgresUser;
    private int port;

    TestPostgres(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        this.data = this.directory.resolve("data");
        this.bin = binaries();
        this.asPostgresUser = "root".equals(System.getProperty("user.name"));
    }

    int port() {
        return port;
    }

    /** A fresh cluster with the given databases, started; whatever an earlier run left there is removed first. */
    void create(List<String> databases) {
        stopLeftover();
        try {
            Platform.deleteRecursively(directory);
            Files.createDirectories(directory);
            Path password = Files.writeString(directory.resolve("password"), Platform.DB_PASSWORD);
            if (asPostgresUser) {
                UserPrincipal postgres = directory
                        .getFileSystem()
                        .getUserPrincipalLookupService()
                        .lookupPrincipalByName("postgres");
                Files.setOwner(directory, postgres);
                Files.setOwner(password, postgres);
            }
            run(
                    "initdb",
                    "-D",
                    data.toString(),
                    "-U",
                    SUPERUSER,
                    "--pwfile=" + password,
                    "--auth=scram-sha-256",
                    "-E",
                    "UTF8",
                    "--locale=C",
                    "--no-sync");
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare " + directory, e);
        }
        port = Platform.freePort();
        start();
        for (String database : databases) {
            run("createdb", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", SUPERUSER, database);
        }
    }

    /** Starts the cluster (again) and returns once it takes connections ({@code pg_ctl -w}). */
    void start() {
        run(
                "pg_ctl",
                "-D",
                data.toString(),
                "-l",
                directory.resolve("postgres.log").toString(),
                "-w",
                "-t",
                "120",
                "-o",
                // loopback only, no unix socket; small, since two cores and five builds share the machine
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' "
                        + "-c shared_buffers=32MB -c max_connections=200",
                "start");
    }

    /** {@code stop -m immediate}: no checkpoint, every connection cut; what a crash leaves behind. */
    void stopImmediately() {
        run("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
    }

    /** A clean stop at the end of the run; quiet when the cluster is not running. */
    void stop() {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            run("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
        }
    }

    /** A run that was killed before its shutdown hook ran leaves its server running: stop it before starting anew. */
    private void stopLeftover() {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            try {
                run("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
            } catch (IllegalStateException notRunningAnyMore) {
                // a stale pid file: nothing to stop
            }
        }
    }

    private void run(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin == null ? program : bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("PGPASSWORD", Platform.DB_PASSWORD);
            Process process = builder.directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            directory.resolveSibling("postgres-commands.log").toFile()))
                    .start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue()
                        + "; see " + directory.resolveSibling("postgres-commands.log"));
            }
        } catch (IOException e) {
            throw new IllegalStateException(program + " could not run (is PostgreSQL installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Debian keeps the server's programs out of {@code PATH}, under
     * {@code /usr/lib/postgresql/<version>/bin}: the newest of those, or {@code PATH} elsewhere.
     */
    private static Path binaries() {
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                    .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(
                            v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"))
                    .orElse(null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
