package org.vigil.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.vigil.testing.PlatformValues;
import org.vigil.testing.ServiceEnvironment;
import org.vigil.testing.ServiceProcess;
import org.vigil.testing.TestBroker;
import org.vigil.testing.TestIdentityProvider;

/**
 * How long the packaged moderation-service takes to accept a batch of reports
 * ({@code POST /api/v1/reports/batch}, docs/product.md §5 promises 1,000 in 10 s), each a new
 * event with an existence claim citing its source inline, as a newsroom's import sends them. Not a
 * test: it prints the figure of each run. Run with {@code benchmark/run batch}; the tokens are the
 * test identity provider's, the broker the test broker, both in this JVM.
 */
public final class BatchBenchmark {

    private final Map<String, String> env = System.getenv();
    private final Path root;
    private final int reports = Integer.parseInt(env.getOrDefault("BENCH_BATCH_REPORTS", "1000"));
    private final int runs = Integer.parseInt(env.getOrDefault("BENCH_BATCH_RUNS", "3"));
    private final int port = Integer.parseInt(env.getOrDefault("BENCH_MODERATION_PORT", "18083"));
    private final int managementPort = Integer.parseInt(env.getOrDefault("BENCH_MODERATION_MANAGEMENT_PORT", "19083"));
    private final String database = env.getOrDefault("BENCH_DB_NAME", "vigil_moderation_bench");
    private final SuiteResults results = new SuiteResults(Targets.BATCH);

    private BatchBenchmark(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        new BatchBenchmark(Path.of(args.length > 0 ? args[0] : ".")
                        .toAbsolutePath()
                        .normalize())
                .run();
        System.exit(0);
    }

    private void run() throws Exception {
        TestIdentityProvider identity = TestIdentityProvider.start();
        TestBroker broker = new TestBroker().start();
        Map<String, String> values = new PlatformValues()
                .identityProvider(identity.issuer())
                // no gateway runs: refused reports' problem types are named under the local default
                .publicUrl("http://localhost:8080")
                .databaseServer(
                        env.getOrDefault("BENCH_DB_HOST", "127.0.0.1"),
                        Integer.parseInt(env.getOrDefault("BENCH_DB_PORT", "5432")),
                        env.getOrDefault("BENCH_DB_USER", "vigil"),
                        env.getOrDefault("BENCH_DB_PASSWORD", "vigil"))
                .database("moderation-service", database)
                .broker(broker.port(), "benchmark", "benchmark")
                .pseudonymKey(BenchServices.PSEUDONYM_KEY)
                .clientSecrets("benchmark", "benchmark", "benchmark")
                .listening("moderation-service", port, managementPort)
                // the batch carries its sources inline: sources-service is never asked, so none runs
                .absent("sources-service", "http://127.0.0.1:9")
                .asMap();
        Path logs = root.resolve("benchmark/target/logs");
        Files.createDirectories(logs);
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = identity.userToken("bench-contributor", "contributor");
        try (ServiceProcess service = ServiceProcess.quarkus(
                        "moderation-service",
                        root.resolve("moderation-service/target/quarkus-app/quarkus-run.jar"),
                        BenchServices.jvmOptions(),
                        ServiceEnvironment.of(root, "moderation-service", values),
                        logs.resolve("moderation-service.log"),
                        URI.create("http://127.0.0.1:" + port),
                        URI.create("http://127.0.0.1:" + managementPort))
                .start()
                .awaitReady(Duration.ofMinutes(3))) {
            System.out.printf(
                    "Batch of %,d reports to moderation-service, %d cores, load average %s%n",
                    reports, Runtime.getRuntime().availableProcessors(), Benchmark.loadAverage());
            results.conditions(
                    "%,d reports a batch, %d runs after a warm-up, into %s; load average before %s",
                    reports, runs, database, Benchmark.loadAverage());
            BulkRuns timed = new BulkRuns(reports);
            // the first batch warms the JIT and the connection pool up; every run is printed
            for (int run = 0; run <= runs; run++) {
                String body = batch(UUID.randomUUID().toString(), reports);
                long start = System.nanoTime();
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/reports/batch"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofMinutes(2))
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                long millis = (System.nanoTime() - start) / 1_000_000;
                System.out.printf(
                        "%s: HTTP %d, %,d of %,d accepted in %,d ms (load average %s)%n",
                        run == 0 ? "warm-up" : "run " + run,
                        answer.statusCode(),
                        BulkRuns.accepted(answer.body()),
                        reports,
                        millis,
                        Benchmark.loadAverage());
                if (run > 0) {
                    timed.add(answer.statusCode(), answer.body(), millis);
                }
            }
            timed.record(results, Targets.BULK_ALONE);
        } finally {
            broker.stop();
        }
        results.write(root);
    }

    /** {@code reports} new events, each with an existence claim citing an inline source. */
    static String batch(String marker, int reports) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < reports; i++) {
            body.append(i == 0 ? "" : ",").append(item(marker, i, "rally"));
        }
        return body.append("]").toString();
    }

    /** One report: a new event of {@code kind} with an existence claim citing an inline source, unique by {@code marker} and {@code i}. */
    static String item(String marker, int i, String kind) {
        String quote = "A rally of about a thousand people was held in Graz on 1 March (" + marker + " " + i + ")";
        return """
                {"note": "benchmark %2$s",
                 "claims": [{"property": "existence",
                   "value": {"kind": "%4$s", "title": "Benchmark rally %2$s %3$d", "date": "2026-03-01",
                             "place": {"countryCode": "AT", "city": "Graz", "precision": "city"}},
                   "citations": [{"source": {"url": "https://news.example.org/graz/%2$s/%3$d",
                                             "title": "Rally in Graz", "publisher": "Example News",
                                             "language": "en", "text": "%1$s. More text follows."},
                                  "exact": "%1$s"}]}]}""".formatted(quote, marker, i, kind);
    }
}
