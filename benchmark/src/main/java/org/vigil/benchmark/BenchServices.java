package org.vigil.benchmark;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vigil.testing.PlatformValues;
import org.vigil.testing.ServiceEnvironment;
import org.vigil.testing.ServiceProcess;
import org.vigil.testing.TestBroker;
import org.vigil.testing.TestIdentityProvider;

/**
 * The three packaged services and the gateway, wired as e2e's Platform wires them, on empty
 * databases of their own (each run starts from none: queue and change feed hold only this run's
 * claims and events). Keycloak and Artemis are stood in for by the test identity provider and
 * broker in the benchmark's JVM.
 */
final class BenchServices implements AutoCloseable {

    static final List<String> SERVICES = List.of("events-service", "sources-service", "moderation-service");
    static final String PSEUDONYM_KEY = "benchmark-only-pseudonym-key-of-32-bytes-or-more";

    private final Map<String, String> env = System.getenv();
    private final Path root;
    final String dbHost = env.getOrDefault("BENCH_DB_HOST", "127.0.0.1");
    final int dbPort = Integer.parseInt(env.getOrDefault("BENCH_DB_PORT", "5432"));
    final String dbUser = env.getOrDefault("BENCH_DB_USER", "vigil");
    final String dbPassword = env.getOrDefault("BENCH_DB_PASSWORD", "vigil");
    private final String dbSuffix = env.getOrDefault("BENCH_DB_SUFFIX", "");
    private final int portBase = Integer.parseInt(env.getOrDefault("BENCH_PORT_BASE", "18180"));
    private final List<String> jvmOptions = jvmOptions();
    private final Duration readyTimeout =
            Duration.ofSeconds(Long.parseLong(env.getOrDefault("BENCH_READY_TIMEOUT_SECONDS", "240")));
    final TestIdentityProvider identity = TestIdentityProvider.start();
    private final TestBroker broker = new TestBroker();
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
    private final Map<String, Duration> readyAfter = new ConcurrentHashMap<>();
    private final Map<String, Duration> cpuAtReady = new ConcurrentHashMap<>();
    private final Map<String, String> values = new HashMap<>();
    private boolean withWeb;

    BenchServices(Path root) {
        this.root = root;
    }

    /** Starts the web app too (reading events-service directly, as under {@code ./vigil up}). */
    BenchServices withWeb() {
        withWeb = true;
        return this;
    }

    /**
     * What {@code BENCH_SERVICE_JAVA_OPTS} adds to (and, being later on the command line, overrides
     * in) the JVM options every service has from {@code JAVA_TOOL_OPTIONS} in its env file: nothing
     * by default, so the benchmark measures the services as they run everywhere else.
     */
    static List<String> jvmOptions() {
        String options =
                System.getenv().getOrDefault("BENCH_SERVICE_JAVA_OPTS", "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /** The database of a service (e.g. {@code vigil_moderation_bench_pipeline}); {@code benchmark/run} creates them. */
    String database(String service) {
        return "vigil_" + service.replace("-service", "") + "_bench" + dbSuffix;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + database, dbUser, dbPassword);
    }

    /** Drops everything in a database: the service migrates it afresh when it starts. */
    void empty(String database) throws SQLException {
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema public cascade");
            statement.execute("create schema public");
        }
    }

    int port(String name) {
        return portBase
                + List.of("gateway", "events-service", "sources-service", "moderation-service", "web")
                        .indexOf(name);
    }

    private int managementPort(String name) {
        return port(name) + 10;
    }

    /**
     * Starts the three services (and the web app, {@link #withWeb()}) together, as {@code ./vigil up}
     * does, then the gateway, limits lifted.
     */
    BenchServices start(Map<String, List<String>> extraJvmOptions) throws SQLException {
        for (String service : SERVICES) {
            empty(database(service));
        }
        broker.start();
        PlatformValues platform = new PlatformValues()
                .identityProvider(identity.issuer())
                .publicUrl("http://localhost:" + port("gateway"))
                .clientSecrets("benchmark", "benchmark", "benchmark")
                .databaseServer(dbHost, dbPort, dbUser, dbPassword)
                .broker(broker.port(), "benchmark", "benchmark")
                .pseudonymKey(PSEUDONYM_KEY)
                .webhookSecretKey(BenchDatabase.WEBHOOK_SECRET_KEY)
                .listening("gateway", port("gateway"), managementPort("gateway"));
        for (String service : SERVICES) {
            platform.listening(service, port(service), managementPort(service)).database(service, database(service));
        }
        if (withWeb) {
            platform.listening("web", port("web"), managementPort("web"));
        } else {
            platform.absent("web", AbsentService.listen().url());
        }
        values.putAll(platform.asMap());
        List<String> names = new ArrayList<>(SERVICES);
        if (withWeb) {
            names.add("web");
        }
        try {
            Map<String, Long> startedAt = new HashMap<>();
            for (String name : names) {
                startedAt.put(name, System.nanoTime());
                process(name, extraJvmOptions.getOrDefault(name, List.of()));
            }
            // each awaited on a thread of its own: a service's time to ready is its own, not the slowest one's
            ExecutorService waiting = Executors.newFixedThreadPool(names.size());
            try {
                List<Future<?>> ready = new ArrayList<>();
                for (String name : names) {
                    ready.add(waiting.submit(() -> awaitReady(name, startedAt.get(name), readyTimeout)));
                }
                for (Future<?> one : ready) {
                    one.get();
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                waiting.shutdownNow();
            }
            long gatewayStarted = System.nanoTime();
            process("gateway", List.of());
            awaitReady("gateway", gatewayStarted, readyTimeout);
            return this;
        } catch (RuntimeException e) {
            // the caller gets no instance to close: stop what did start
            close();
            throw e;
        }
    }

    private void awaitReady(String name, long startedAt, Duration timeout) {
        running.get(name).awaitReady(timeout);
        readyAfter.put(name, Duration.ofNanos(System.nanoTime() - startedAt));
        cpuAtReady.put(name, running.get(name).cpuTime());
    }

    /** The processor time a service had used when it became ready (its last start). */
    Duration cpuAtReady(String name) {
        return cpuAtReady.get(name);
    }

    /** From the (last) start of a service to its {@code /q/health/ready} answering 200. */
    Duration readyAfter(String name) {
        return readyAfter.get(name);
    }

    /** Stops a service (SIGTERM) and starts it again, alone; returns its time to ready. */
    Duration restart(String name) {
        running.get(name).stop();
        long startedAt = System.nanoTime();
        process(name, List.of());
        awaitReady(name, startedAt, readyTimeout);
        return readyAfter(name);
    }

    private ServiceProcess process(String name, List<String> extra) {
        Path logs = root.resolve("benchmark/target/logs");
        Map<String, String> environment = new HashMap<>(ServiceEnvironment.of(root, name, values));
        if (name.equals("gateway")) {
            // sixteen writers from one address: rate limits would measure themselves
            String unlimited = "1000000000";
            environment.put("VIGIL_RATE_LIMIT_ANONYMOUS_BURST", unlimited);
            environment.put("VIGIL_RATE_LIMIT_ANONYMOUS_PER_MINUTE", unlimited);
            environment.put("VIGIL_RATE_LIMIT_AUTHENTICATED_BURST", unlimited);
            environment.put("VIGIL_RATE_LIMIT_AUTHENTICATED_PER_MINUTE", unlimited);
        }
        if (name.equals("web")) {
            // the stand-in identity provider advertises no logout endpoint; no one signs in here
            environment.put("QUARKUS_OIDC_END_SESSION_PATH", "protocol/openid-connect/logout");
        }
        List<String> options = new ArrayList<>(jvmOptions);
        options.addAll(extra);
        Report.progress("starting %s on port %d", name, port(name));
        ServiceProcess process = ServiceProcess.quarkus(
                        name,
                        root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar"),
                        options,
                        environment,
                        logs.resolve(name + ".log"),
                        URI.create("http://127.0.0.1:" + port(name)),
                        URI.create("http://127.0.0.1:" + managementPort(name)))
                .start();
        running.put(name, process);
        return process;
    }

    URI uri(String name, String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port(name) + pathAndQuery);
    }

    URI management(String name, String path) {
        return URI.create("http://127.0.0.1:" + managementPort(name) + path);
    }

    ServiceProcess process(String name) {
        return running.get(name);
    }

    @Override
    public void close() {
        List<String> names = new ArrayList<>(running.keySet());
        java.util.Collections.reverse(names);
        names.forEach(name -> running.get(name).stop());
        broker.stop();
    }
}
