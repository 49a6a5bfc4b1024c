package org.vigil.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import org.vigil.events.query.EventFilter;
import org.vigil.events.query.RecordSql;
import org.vigil.events.query.StatsQueries;
import org.vigil.testing.PlatformValues;
import org.vigil.testing.ServiceEnvironment;
import org.vigil.testing.ServiceProcess;
import org.vigil.testing.TestBroker;
import org.vigil.testing.TestIdentityProvider;

/**
 * Loads a million synthetic events into the benchmark database and measures, in one run, the
 * reads docs/product.md §5 promises to keep fast: a filtered list page (country and a date range),
 * {@code stats/counts} by country, and a full CSV export (time, and resident memory of the
 * processes it streams through). Each read is measured three ways: against the packaged
 * events-service directly, through the packaged gateway as an anonymous reader, and as bare SQL
 * (the service's own statements, over JDBC). Then the web app's budgets ({@link PageBudgets}): the
 * home page's bytes before map data, and an event page's render time.
 *
 * <p>Keycloak and Artemis are stood in for by the test identity provider and broker (in this JVM):
 * the services validate real signed tokens and connect to a real AMQP broker, and nothing of
 * either is on the measured path except token validation. Run with {@code benchmark/run};
 * options are environment variables, see {@code docs/benchmark.md}.
 */
public final class Benchmark {

    private static final List<String> BUSY_COUNTRIES =
            List.of("DE", "US", "CA", "GB", "FR", "NL", "SE", "AU", "AT", "TR");
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

    private final Map<String, String> env = System.getenv();
    private final Path root;
    private final long events = Long.parseLong(env.getOrDefault("BENCH_EVENTS", "1000000"));
    private final int listSamples = Integer.parseInt(env.getOrDefault("BENCH_LIST_SAMPLES", "1000"));
    private final int countSamples = Integer.parseInt(env.getOrDefault("BENCH_COUNT_SAMPLES", "300"));
    private final int warmUp = Integer.parseInt(env.getOrDefault("BENCH_WARM_UP", "200"));
    private final boolean viaGateway = !"0".equals(env.getOrDefault("BENCH_GATEWAY", "1"));
    private final boolean reload = "1".equals(env.getOrDefault("BENCH_RELOAD", "0"));
    private final int pageSamples = Integer.parseInt(env.getOrDefault("BENCH_PAGE_SAMPLES", "300"));
    private final boolean pages = !"0".equals(env.getOrDefault("BENCH_PAGES", "1"));
    private final int eventsPort = Integer.parseInt(env.getOrDefault("BENCH_EVENTS_PORT", "18081"));
    private final int webPort = Integer.parseInt(env.getOrDefault("BENCH_WEB_PORT", "18084"));
    private final int webManagementPort = Integer.parseInt(env.getOrDefault("BENCH_WEB_MANAGEMENT_PORT", "19084"));
    private final int gatewayPort = Integer.parseInt(env.getOrDefault("BENCH_GATEWAY_PORT", "18080"));
    private final int managementPort = Integer.parseInt(env.getOrDefault("BENCH_GATEWAY_MANAGEMENT_PORT", "19080"));
    /** Another packaged gateway (a quarkus-app directory) measured beside this one in the throughput rounds. */
    private final String gatewayBaseline = env.getOrDefault("BENCH_GATEWAY_BASELINE", "");

    private final int eventsManagementPort =
            Integer.parseInt(env.getOrDefault("BENCH_EVENTS_MANAGEMENT_PORT", "19081"));
    private final List<String> jvmOptions = BenchServices.jvmOptions();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Report report = new Report();
    private final AbsentService absent = AbsentService.listen();

    /** {@code benchmark/run exports}: the exports alone, without the other reads and the web app. */
    private final boolean exportsOnly;

    /** The figures against issue 14's targets, under the suite's name: reads, throughput or exports. */
    private final SuiteResults results;

    private Benchmark(Path root, String suite) {
        this.root = root;
        this.exportsOnly = suite.equals("exports");
        this.results = new SuiteResults(suite);
    }

    public static void main(String[] args) throws Exception {
        new Benchmark(
                        Path.of(args.length > 0 ? args[0] : ".")
                                .toAbsolutePath()
                                .normalize(),
                        args.length > 1 ? args[1] : "reads")
                .run();
        System.exit(0);
    }

    private void run() throws Exception {
        String dbHost = env.getOrDefault("BENCH_DB_HOST", "127.0.0.1");
        int dbPort = Integer.parseInt(env.getOrDefault("BENCH_DB_PORT", "5432"));
        String dbName = env.getOrDefault("BENCH_DB_NAME", "vigil_events_bench");
        String dbUser = env.getOrDefault("BENCH_DB_USER", "vigil");
        String dbPassword = env.getOrDefault("BENCH_DB_PASSWORD", "vigil");
        String loadBefore = loadAverage();

        BenchDatabase database = new BenchDatabase(dbHost, dbPort, dbName, dbUser, dbPassword);
        boolean fresh = database.migrate();
        long present = fresh ? 0 : database.publicEvents();
        if (reload || present != events) {
            Report.progress("loading %,d synthetic events into %s (had %,d)", events, dbName, present);
            database.load(events);
        } else {
            Report.progress("%s already holds %,d events (BENCH_RELOAD=1 loads them again)", dbName, present);
            database.analyse();
        }

        TestIdentityProvider identity = TestIdentityProvider.start();
        TestBroker broker = new TestBroker().start();
        Path logs = root.resolve("benchmark/target/logs");
        Map<String, String> values = new PlatformValues()
                .identityProvider(identity.issuer())
                // readers reach it through the gateway: its event URLs and problem types name that
                .publicUrl("http://localhost:" + gatewayPort)
                .databaseServer(dbHost, dbPort, dbUser, dbPassword)
                .database("events-service", dbName)
                .broker(broker.port(), "benchmark", "benchmark")
                .webhookSecretKey(BenchDatabase.WEBHOOK_SECRET_KEY)
                .listening("events-service", eventsPort, eventsManagementPort)
                .asMap();
        Path serviceLog = logs.resolve("events-service.log");
        long serviceLogStart = Files.exists(serviceLog) ? Files.size(serviceLog) : 0;
        Report.progress("starting events-service on port %d", eventsPort);
        try (ServiceProcess service = start(
                        "events-service",
                        ServiceEnvironment.of(root, "events-service", values),
                        eventsPort,
                        eventsManagementPort,
                        logs);
                ServiceProcess web = pages && !exportsOnly ? startWeb(identity, logs) : null;
                ServiceProcess gateway = viaGateway
                        ? startGateway(identity, web, logs, GatewayJar.current(root, gatewayPort, managementPort))
                        : null;
                ServiceProcess baseline = viaGateway && !gatewayBaseline.isEmpty()
                        ? startGateway(
                                identity,
                                web,
                                logs,
                                GatewayJar.baseline(Path.of(gatewayBaseline), gatewayPort, managementPort))
                        : null) {
            report.line("Vigil benchmark, %s", ZonedDateTime.now().withNano(0));
            report.line(
                    "%,d public events in %s; %d cores, load average before %s; services run with %s",
                    database.publicEvents(),
                    dbName,
                    Runtime.getRuntime().availableProcessors(),
                    loadBefore,
                    String.join(" ", jvmOptions));
            report.line("");
            results.conditions(
                    "%,d public events in %s (the targets are at 1,000,000); load average before %s",
                    database.publicEvents(), dbName, loadBefore);
            if (gateway != null && !exportsOnly && !"0".equals(env.getOrDefault("BENCH_THROUGHPUT", "1"))) {
                // ratios first (issue 14 §7)
                new Throughput(report, results, root.resolve("benchmark/target"), service, readerToken(), env)
                        .measure(gateway, baseline);
            } else if (!exportsOnly) {
                results.notMeasured(
                        Targets.measuredBy("throughput").stream()
                                .filter(target -> target.item() == 2
                                        || target.key().contains(".c16")
                                        || target.key().contains(".c64"))
                                .toList(),
                        gateway == null ? "no gateway (BENCH_GATEWAY=0, or none packaged)" : "BENCH_THROUGHPUT=0");
            }
            if (!exportsOnly) {
                measureLists(database, service, gateway);
                measureCounts(database, service, gateway);
            }
            if (!"throughput".equals(env.get("BENCH_SUITE"))) {
                measureExports(database, service, gateway, serviceLog, serviceLogStart);
            }
            report.line("");
            if (web != null) {
                PageBudgets budgets = new PageBudgets(http, report);
                if (gateway != null) {
                    budgets.measureHome(gateway.uri("/"));
                }
                budgets.measureEventPage(database, web, gateway, Math.min(warmUp, pageSamples), pageSamples);
            }
            report.line("load average after: %s", loadAverage());
        } finally {
            broker.stop();
        }
        report.print(root.resolve("benchmark/target/benchmark-report.txt"));
        results.write(root);
    }

    /** The packaged web app, reading events-service directly as it does under {@code ./vigil up}. */
    private ServiceProcess startWeb(TestIdentityProvider identity, Path logs) {
        Path jar = root.resolve("web/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            Report.progress("no packaged web app at %s: no page budgets", jar);
            return null;
        }
        Report.progress("starting the web app on port %d", webPort);
        Map<String, String> values = readSide(identity)
                .publicUrl("http://127.0.0.1:" + gatewayPort)
                .listening("web", webPort, webManagementPort)
                .asMap();
        Map<String, String> environment = new HashMap<>(ServiceEnvironment.of(root, "web", values));
        // the stand-in identity provider advertises no logout endpoint; no one signs in here
        environment.put("QUARKUS_OIDC_END_SESSION_PATH", "protocol/openid-connect/logout");
        return start("web", environment, webPort, webManagementPort, logs);
    }

    private ServiceProcess startGateway(
            TestIdentityProvider identity, ServiceProcess web, Path logs, GatewayJar gateway) throws Exception {
        if (!Files.isRegularFile(gateway.jar())) {
            Report.progress("no packaged gateway at %s: measuring the service and SQL only", gateway.jar());
            return null;
        }
        Report.progress("starting the %s on port %d", gateway.name(), gateway.port());
        String unlimited = "1000000000";
        PlatformValues gatewayValues = readSide(identity)
                .publicUrl("http://localhost:" + gateway.port())
                .listening("gateway", gateway.port(), gateway.managementPort());
        if (web == null) {
            gatewayValues.absent("web", absent.url());
        } else {
            gatewayValues.listening("web", webPort, webManagementPort);
        }
        Map<String, String> gatewayEnv = new HashMap<>(ServiceEnvironment.of(root, "gateway", gatewayValues.asMap()));
        // one client asks thousands of times a minute: rate limits would measure themselves
        gatewayEnv.putAll(Map.of(
                "VIGIL_RATE_LIMIT_ANONYMOUS_BURST",
                unlimited,
                "VIGIL_RATE_LIMIT_ANONYMOUS_PER_MINUTE",
                unlimited,
                "VIGIL_RATE_LIMIT_AUTHENTICATED_BURST",
                unlimited,
                "VIGIL_RATE_LIMIT_AUTHENTICATED_PER_MINUTE",
                unlimited));
        return ServiceProcess.quarkus(
                        gateway.name(),
                        gateway.jar(),
                        jvmOptions,
                        gatewayEnv,
                        logs.resolve(gateway.name().replace(", ", "-") + ".log"),
                        URI.create("http://127.0.0.1:" + gateway.port()),
                        URI.create("http://127.0.0.1:" + gateway.managementPort()))
                .start()
                .awaitReady(Duration.ofMinutes(3));
    }

    /**
     * What the web app and the gateway start with here: events-service runs (the gateway reads the
     * API description from its management port), the workspaces' services do not. They are on no
     * measured path, but the gateway is ready only when it reaches every upstream, so theirs is a
     * port that accepts and closes.
     */
    private PlatformValues readSide(TestIdentityProvider identity) {
        return new PlatformValues()
                .identityProvider(identity.issuer())
                .clientSecrets("benchmark", "benchmark", "benchmark")
                .listening("events-service", eventsPort, eventsManagementPort)
                .absent("sources-service", absent.url())
                .absent("moderation-service", absent.url());
    }

    /** A packaged service as {@code ./vigil up} runs it, ready to measure. */
    private ServiceProcess start(
            String name, Map<String, String> environment, int port, int managementPort, Path logs) {
        Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        return ServiceProcess.quarkus(
                        name,
                        jar,
                        jvmOptions,
                        environment,
                        logs.resolve(name + ".log"),
                        URI.create("http://127.0.0.1:" + port),
                        URI.create("http://127.0.0.1:" + managementPort))
                .start()
                .awaitReady(Duration.ofMinutes(3));
    }

    /** A list page filtered by one of the ten busiest countries and a ten-day window, like a newsroom's query. */
    private void measureLists(BenchDatabase database, ServiceProcess service, ServiceProcess gateway) throws Exception {
        List<String[]> queries = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < listSamples + warmUp; i++) {
            LocalDate from = FIRST_DAY.plusDays(random.nextInt(720));
            queries.add(new String[] {
                BUSY_COUNTRIES.get(random.nextInt(BUSY_COUNTRIES.size())),
                from.toString(),
                from.plusDays(9).toString()
            });
        }
        report.line("GET /api/v1/events?country=…&from=…&to=… (10 days, limit 50; target p99 ≤ 20 ms)");
        report.header();
        String token = readerToken();
        IntFunction<String> listPage =
                i -> "/api/v1/events?country=%s&from=%s&to=%s&limit=50".formatted((Object[]) queries.get(i));
        Latencies direct = Latencies.measure(
                "events-service, direct", warmUp, listSamples, i -> get(service.uri(listPage.apply(i)), token));
        report.latencies(direct, 20);
        Latencies viaGateway = null;
        if (gateway != null) {
            viaGateway = Latencies.measure(
                    "through the gateway (anonymous)",
                    warmUp,
                    listSamples,
                    i -> get(gateway.uri(listPage.apply(i)), null));
            report.latencies(viaGateway, 20);
        }
        Latencies statement;
        try (Connection connection = database.connect()) {
            statement = Latencies.measure("SQL only (the service's statement, JDBC)", warmUp, listSamples, i -> {
                String[] q = queries.get(i);
                List<Object> params = new ArrayList<>();
                String sql = RecordSql.page(
                        EventFilter.parse(q[0], null, null, q[1], q[2], null, null, null), null, 51, "item", params);
                try (BenchDatabase.Query query = database.prepare(connection, sql, params)) {
                    query.run();
                }
            });
            report.latencies(statement, 20);
        }
        report.line("");
        recordLists(direct, viaGateway, statement);
    }

    /** Item 3 one at a time: the list's p50 beside its statement's, and its p99. */
    private void recordLists(Latencies direct, Latencies viaGateway, Latencies sql) {
        String samples = "%,d samples one at a time".formatted(direct.samples());
        results.ratio(Targets.LIST_P50_DIRECT, direct.percentile(50), sql.percentile(50), "ms", "%s", samples);
        results.record(
                Targets.LIST_P99_DIRECT, direct.percentile(99), "SQL p99 %.1f ms; %s", sql.percentile(99), samples);
        if (viaGateway == null) {
            results.notMeasured(
                    List.of(Targets.LIST_P50_GATEWAY, Targets.LIST_P99_GATEWAY),
                    "no gateway (BENCH_GATEWAY=0, or none packaged)");
            return;
        }
        results.ratio(Targets.LIST_P50_GATEWAY, viaGateway.percentile(50), sql.percentile(50), "ms", "%s", samples);
        results.record(Targets.LIST_P99_GATEWAY, viaGateway.percentile(99), "%s", samples);
    }

    /** Counts by country: over the whole record, and over 30-day windows. */
    private void measureCounts(BenchDatabase database, ServiceProcess service, ServiceProcess gateway)
            throws Exception {
        Random random = new Random(7);
        List<String[]> windows = new ArrayList<>();
        for (int i = 0; i < countSamples + warmUp; i++) {
            LocalDate from = FIRST_DAY.plusDays(random.nextInt(700));
            windows.add(new String[] {from.toString(), from.plusDays(29).toString()});
        }
        String token = readerToken();
        for (boolean dated : new boolean[] {false, true}) {
            report.line(
                    dated
                            ? "GET /api/v1/stats/counts?groupBy=country&from=…&to=… (30 days; target p99 ≤ 100 ms)"
                            : "GET /api/v1/stats/counts?groupBy=country (every event; target p99 ≤ 100 ms)");
            report.header();
            Latencies.Call direct = i -> get(service.uri(countsPath(dated, windows.get(i))), token);
            report.latencies(Latencies.measure("events-service, direct", warmUp, countSamples, direct), 100);
            if (gateway != null) {
                report.latencies(
                        Latencies.measure(
                                "through the gateway (anonymous)",
                                warmUp,
                                countSamples,
                                i -> get(gateway.uri(countsPath(dated, windows.get(i))), null)),
                        100);
            }
            try (Connection connection = database.connect()) {
                report.latencies(
                        Latencies.measure("SQL only (the service's statement, JDBC)", warmUp, countSamples, i -> {
                            String[] w = windows.get(i);
                            EventFilter filter = dated
                                    ? EventFilter.parse(null, null, null, w[0], w[1], null, null, null)
                                    : EventFilter.parse(null, null, null, null, null, null, null, null);
                            List<Object> params = new ArrayList<>();
                            String sql = RecordSql.counts(filter, StatsQueries.GroupBy.COUNTRY, params);
                            try (BenchDatabase.Query query = database.prepare(connection, sql, params)) {
                                query.run();
                            }
                        }),
                        100);
            }
            report.line("");
        }
        report.line("GET /api/v1/stats/summary (every event; no target)");
        report.header();
        report.latencies(
                Latencies.measure(
                        "events-service, direct", 5, 20, i -> get(service.uri("/api/v1/stats/summary"), token)),
                0);
        report.line("");
    }

    private static String countsPath(boolean dated, String[] window) {
        return dated
                ? "/api/v1/stats/counts?groupBy=country&from=%s&to=%s".formatted(window[0], window[1])
                : "/api/v1/stats/counts?groupBy=country";
    }

    /** The whole record as CSV and as GeoJSON, each beside COPY of the same rows ({@link ExportRun}). */
    private void measureExports(
            BenchDatabase database, ServiceProcess service, ServiceProcess gateway, Path serviceLog, long logStart)
            throws Exception {
        ExportRun exports = new ExportRun(report, database, results);
        exports.awaitRenderings(serviceLog, logStart, Duration.ofMinutes(30));
        exports.compare("CSV", "/api/v1/events.csv", readerToken(), service, gateway);
        exports.compare("GeoJSON", "/api/v1/events.geojson", readerToken(), service, gateway);
    }

    private void get(URI uri, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    uri + " answered " + response.statusCode() + ": " + new String(response.body()));
        }
    }

    /** The token the gateway itself forwards for anonymous reads; a fresh one per phase, so none expires mid-run. */
    private static String readerToken() {
        return TestIdentityProvider.start().clientToken("vigil-gateway", Set.of(), "gateway");
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
