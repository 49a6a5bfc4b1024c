package org.vigil.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.vigil.testing.BrokerProcess;
import org.vigil.testing.PlatformValues;
import org.vigil.testing.ServiceEnvironment;
import org.vigil.testing.ServiceProcess;
import org.vigil.testing.TestBroker;

/**
 * The whole platform, for real, once per test JVM: PostgreSQL (a cluster of its own under
 * {@code target/}, fresh databases), Artemis in a JVM of its own with a persistent journal and production's redelivery,
 * Keycloak from its distribution with the realm of {@code ops/keycloak}, and the packaged
 * services and web app, each its own process.
 */
final class Platform {

    static final String DB_USER = "vigil";
    static final String DB_PASSWORD = "vigil";
    private static final Duration SERVICE_START = Duration.ofMinutes(5);
    /** Its first start rebuilds its configuration: over 6 minutes at a load average near 40 on the shared machine. */
    private static final Duration KEYCLOAK_START = Duration.ofMinutes(10);

    private static final List<String> SERVICES = List.of("events-service", "sources-service", "moderation-service");

    private static Platform running;
    private static RuntimeException failedToStart;

    final Path root =
            Path.of(System.getProperty("vigil.root", "..")).toAbsolutePath().normalize();
    final Path logs = Path.of(System.getProperty("vigil.e2e.logs", "target/e2e-logs"));
    // redelivered as in production: the fault suite stops PostgreSQL, and a message must outlast that;
    // a process of its own, so that the fault suite can SIGKILL it
    final BrokerProcess broker = new BrokerProcess(TestBroker.Redelivery.PRODUCTION, logs.resolve("artemis.log"));
    // its own cluster: the fault suite crashes it, which the machine's shared server must never be
    final TestPostgres postgres =
            new TestPostgres(Path.of(System.getProperty("vigil.e2e.postgres", "target/e2e-postgres")));
    final int keycloakPort = freePort();
    /** Each service's management port ({@code /q/*}), by service name. */
    final Map<String, Integer> managementPorts = new LinkedHashMap<>();

    final String gatewaySecret = UUID.randomUUID().toString();
    /** The web app's client (people sign in through it); its session cookies are encrypted with a key from it. */
    final String webSecret = UUID.randomUUID() + "-" + UUID.randomUUID();
    /** The secret of client vigil-moderation, whose token moderation-service asks sources-service with. */
    final String moderationSecret = UUID.randomUUID() + "-" + UUID.randomUUID();
    /** Keycloak's temporary admin (its master realm): the security suite registers a signing key with it. */
    private final String keycloakAdminPassword = UUID.randomUUID().toString();

    RealmKeys realmKeys;

    /** Every process exports its spans here: tracing runs in every e2e test, TraceIT reads them. */
    final TraceCollector traces = new TraceCollector();

    final Map<String, Integer> ports = new LinkedHashMap<>();
    final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private ServiceProcess keycloak;

    static synchronized Platform get() {
        if (failedToStart != null) {
            throw failedToStart;
        }
        if (running == null) {
            Platform platform = new Platform();
            Runtime.getRuntime().addShutdownHook(new Thread(platform::stop));
            try {
                platform.start();
            } catch (RuntimeException e) {
                // one attempt per run: a second one would reset the databases under the first one's processes
                platform.stop();
                failedToStart = e;
                throw e;
            }
            running = platform;
        }
        return running;
    }

    String gateway() {
        return "http://127.0.0.1:" + ports.get("gateway");
    }

    String service(String name) {
        return "http://127.0.0.1:" + ports.get(name);
    }

    String keycloak() {
        return "http://localhost:" + keycloakPort;
    }

    /** A service's management port: {@code /q/*}, which its public port does not serve. */
    String management(String name) {
        return "http://127.0.0.1:" + managementPorts.get(name);
    }

    ServiceProcess process(String name) {
        return services.get(name);
    }

    /** Keycloak's process; ready again after a restart within {@link #KEYCLOAK_START}. */
    ServiceProcess identityProvider() {
        return keycloak;
    }

    void awaitIdentityProvider() {
        keycloak.awaitReady(KEYCLOAK_START);
    }

    private void start() {
        postgres.create(SERVICES.stream().map(Platform::database).toList());
        broker.start();
        // ports first: Keycloak takes a minute to bind its own, which a later pick could otherwise get
        for (String name : List.of("events-service", "sources-service", "moderation-service", "web", "gateway")) {
            ports.put(name, freePort());
            managementPorts.put(name, freePort());
        }
        keycloak = keycloakProcess();
        keycloak.start();
        keycloak.awaitReady(KEYCLOAK_START);
        // before the services start, so that their first fetch of the realm's keys has it
        realmKeys = new RealmKeys(keycloak(), keycloakAdminPassword);
        realmKeys.registerTrustedKey();
        for (String name : ports.keySet()) {
            ServiceProcess service = serviceProcess(name);
            services.put(name, service);
            service.start();
        }
        services.values().forEach(s -> s.awaitReady(SERVICE_START));
    }

    void stop() {
        services.values().forEach(ServiceProcess::stop);
        if (keycloak != null) {
            keycloak.stop();
        }
        broker.stop();
        postgres.stop();
        traces.close();
    }

    private ServiceProcess serviceProcess(String name) {
        PlatformValues values = new PlatformValues()
                .identityProvider(keycloak() + "/realms/vigil")
                // browsers reach the web app through the gateway only, and sign in there
                .publicUrl(gateway())
                .clientSecrets(gatewaySecret, webSecret, moderationSecret)
                .databaseServer("127.0.0.1", postgres.port(), DB_USER, DB_PASSWORD)
                .broker(broker.port(), "e2e", "e2e")
                .pseudonymKey("e2e-only-pseudonym-key-of-at-least-32-bytes")
                .webhookSecretKey("e2e-only-webhook-secret-key-of-at-least-32-bytes");
        ports.keySet().forEach(part -> values.listening(part, ports.get(part), managementPorts.get(part)));
        SERVICES.forEach(service -> values.database(service, database(service)));
        Map<String, String> environment = ServiceEnvironment.of(root, name, values.asMap());
        // as in production (the k8s manifests set it): NoClientAddressIT searches these lines, TraceIT
        // finds the trace id in them
        environment.put("VIGIL_LOG_FORMAT", "json");
        environment.put("VIGIL_OTLP_ENDPOINT", traces.endpoint());
        if (name.equals("events-service")) {
            // the fault suite subscribes a receiver in this JVM, as ./vigil up allows for local receivers
            environment.put("VIGIL_WEBHOOK_ALLOW_LOOPBACK", "true");
        }
        return ServiceProcess.quarkus(
                name,
                root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar"),
                // the JVM options are the env file's JAVA_TOOL_OPTIONS, as under ./vigil up and in k8s
                List.of(),
                environment,
                logs.resolve(name + ".log"),
                URI.create(service(name)),
                URI.create(management(name)));
    }

    private ServiceProcess keycloakProcess() {
        Path home = Path.of(System.getProperty("vigil.keycloak.home"));
        try {
            // Keycloak imports a realm only if it does not exist: start from no realm, so this
            // run's realm file and gateway secret are the ones in force
            deleteRecursively(home.resolve("data/h2"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(
                    root.resolve("ops/keycloak/vigil-realm.json"),
                    imports.resolve("vigil-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", javaHomeForKeycloak());
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        env.put("VIGIL_GATEWAY_CLIENT_SECRET", gatewaySecret);
        env.put("VIGIL_WEB_CLIENT_SECRET", webSecret);
        env.put("VIGIL_MODERATION_CLIENT_SECRET", moderationSecret);
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", RealmKeys.ADMIN);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", keycloakAdminPassword);
        // the browser signs in through the gateway, as in production
        env.put("VIGIL_WEB_PUBLIC_URL", gateway());
        return new ServiceProcess(
                "keycloak",
                List.of(
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-host=127.0.0.1",
                        "--http-port=" + keycloakPort,
                        "--http-management-port=" + freePort(),
                        // as in ./vigil: browsers reach Keycloak only through the gateway's /auth, which
                        // passes no client address; the services reach it directly (backchannel)
                        "--hostname=" + gateway() + "/auth",
                        "--hostname-backchannel-dynamic=true",
                        // user sessions (with the address Keycloak saw) stay in memory, never in its database
                        "--features-disabled=persistent-user-sessions",
                        "--import-realm",
                        // its login-error events carry client addresses: never log them
                        "--log-level=INFO,org.keycloak.events:error"),
                env,
                logs.resolve("keycloak.log"),
                URI.create(keycloak()),
                "/realms/vigil/.well-known/openid-configuration");
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Keycloak needs Java 21 or newer; the machine has one beside the default JDK. */
    private static String javaHomeForKeycloak() {
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            return jdks.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")))
                    .filter(jdk -> featureVersion(jdk) >= 21)
                    .findFirst()
                    .map(Path::toString)
                    .orElseThrow(() -> new IllegalStateException("Keycloak needs a JDK 21+ under /usr/lib/jvm"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int featureVersion(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not a JDK we can read
        }
        return 0;
    }

    static String database(String service) {
        return "vigil_" + service.replace("-service", "") + "_e2e";
    }

    /** The JDBC address of a service's database, for the tests that count rows directly. */
    String jdbcUrl(String service) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/" + database(service);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
