package org.vigil.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How lean the services are (issue #14 item 6): each one's resident memory idle and after the
 * benchmark's load, and its time from start to ready, with the JVM options of
 * {@code ops/services/<service>.env} (the ones {@code ./vigil up}, e2e and k8s use).
 *
 * <ol>
 *   <li>the three services and the web app start together on empty databases, then the gateway, as
 *       {@code ./vigil up} starts them: each one's time to ready, and the whole;
 *   <li>idle RSS after {@code BENCH_LEAN_SETTLE} seconds;
 *   <li>load for {@code BENCH_LEAN_SECONDS}: the pipeline at {@code BENCH_PIPELINE_RATE} reports/s and
 *       approvals/s ({@link PipelineBenchmark}) while four readers ask, through the gateway, for the
 *       events list, the summary, the CSV export, the home page and a source's suggestions (which
 *       read the gazetteer); RSS after it and its peak;
 *   <li>each service restarted alone (SIGTERM, start, ready) on its migrated database: the time to
 *       ready that an operator sees on a restart;
 *   <li>all of them stopped and started together again, as a second {@code ./vigil up} does;
 *   <li>idle RSS and RSS after the same load again, on these starts with their class-data archives.
 * </ol>
 *
 * The first start of each service records its class-data archive (test-support's
 * {@code ServiceProcess}, told to by {@code vigil.class-archive.record}), written when it stops; the restarts use it, as {@code ./vigil up} does
 * from its second start on. The report says which starts had one.
 *
 * Run with {@code benchmark/run lean}.
 */
public final class LeanBenchmark {

    private static final long MIB = 1024 * 1024;
    static final List<String> PROCESSES =
            List.of("events-service", "sources-service", "moderation-service", "web", "gateway");

    private final Map<String, String> env = System.getenv();
    private final Path root;
    private final int loadSeconds = Integer.parseInt(env.getOrDefault("BENCH_LEAN_SECONDS", "60"));
    private final int settleSeconds = Integer.parseInt(env.getOrDefault("BENCH_LEAN_SETTLE", "10"));
    private final Report report = new Report();
    private final SuiteResults results = new SuiteResults(Targets.LEAN);
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private LeanBenchmark(Path root) {
        this.root = root;
    }

    /** {@code benchmark/run lean} passes the checkout's root. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        // the first start of each service records its class-data archive, as ./vigil up's does
        System.setProperty(org.vigil.testing.ServiceProcess.RECORD_CLASS_ARCHIVE, "true");
        new LeanBenchmark(root.toAbsolutePath().normalize()).run();
        System.exit(0);
    }

    private void run() throws Exception {
        String loadBefore = Benchmark.loadAverage();
        long started = System.nanoTime();
        try (BenchServices services = new BenchServices(root).withWeb().start(Map.of())) {
            Duration all = Duration.ofNanos(System.nanoTime() - started);
            String loadAtReady = Benchmark.loadAverage();
            Report.progress("all ready in %.1f s; idle for %d s", all.toMillis() / 1000.0, settleSeconds);
            Loaded first = idleThenLoaded(services, "after-load");
            Map<String, Long> peak = new LinkedHashMap<>();
            for (String name : PROCESSES) {
                peak.put(name, services.process(name).peakRss());
            }
            Map<String, Duration> together = new LinkedHashMap<>();
            Map<String, Duration> cpuTogether = new LinkedHashMap<>();
            for (String name : PROCESSES) {
                together.put(name, services.readyAfter(name));
                cpuTogether.put(name, services.cpuAtReady(name));
            }

            Report.progress("restarting each service alone");
            Map<String, Duration> alone = new LinkedHashMap<>();
            Map<String, Duration> cpuAlone = new LinkedHashMap<>();
            Map<String, String> loadAlone = new LinkedHashMap<>();
            for (String name : PROCESSES) {
                Thread.sleep(3000);
                loadAlone.put(name, Benchmark.loadAverage());
                alone.put(name, services.restart(name));
                cpuAlone.put(name, services.cpuAtReady(name));
            }

            Report.progress("stopping all and starting them together again, with their class-data archives");
            Thread.sleep(3000);
            String loadAgain = Benchmark.loadAverage();
            Map<String, Duration> again = new LinkedHashMap<>();
            Map<String, Duration> cpuAgain = new LinkedHashMap<>();
            Duration allAgain = startAllAgain(services, again, cpuAgain);
            Map<String, Boolean> archived = new LinkedHashMap<>();
            for (String name : PROCESSES) {
                archived.put(name, services.process(name).classArchiveUsed());
            }

            // the same load on the starts with their class-data archives: ./vigil up from its second start on
            Loaded withArchives = idleThenLoaded(services, "after-load-again");

            report.line("Vigil lean services, %s", ZonedDateTime.now().withNano(0));
            report.line(
                    "%d cores; load average before %s, at ready %s, idle %s, after the load %s",
                    Runtime.getRuntime().availableProcessors(),
                    loadBefore,
                    loadAtReady,
                    first.loadIdle(),
                    first.loadAfter());
            report.line(
                    "JVM options: JAVA_TOOL_OPTIONS of ops/services/<service>.env%s",
                    env.containsKey("BENCH_SERVICE_JAVA_OPTS")
                            ? ", then BENCH_SERVICE_JAVA_OPTS=" + env.get("BENCH_SERVICE_JAVA_OPTS")
                            : "");
            report.line(
                    "load: %d s of the pipeline at %s reports/s and approvals/s, with %d reads through the gateway (%d failed%s)",
                    loadSeconds,
                    env.getOrDefault("BENCH_PIPELINE_RATE", "20"),
                    first.reads(),
                    first.failures().size(),
                    first.failures().isEmpty()
                            ? ""
                            : ", first: " + first.failures().get(0));
            report.line(
                    "load again, archives in use: %d reads (%d failed%s), load average after it %s",
                    withArchives.reads(),
                    withArchives.failures().size(),
                    withArchives.failures().isEmpty()
                            ? ""
                            : ", first: " + withArchives.failures().get(0),
                    withArchives.loadAfter());
            report.line("");
            report.line("targets: RSS after load ≤ 250 MB (238 MiB) each; ready ≤ 3 s after start on an idle machine");
            report.line("(ready: wall time from start to /q/health/ready 200, and the processor time used by then)");
            report.line(
                    "%-20s %10s %12s %10s %22s %20s %20s %20s   %s",
                    "process",
                    "RSS idle",
                    "after load",
                    "peak",
                    "archived: idle, load",
                    "ready, all up (cpu)",
                    "restart alone (cpu)",
                    "all up again (cpu)",
                    "load at restart");
            for (String name : PROCESSES) {
                report.line(
                        "%-20s %6d MiB %8d MiB %6d MiB %6d MiB, %6d MiB %8.1f s (%5.1f s) %8.1f s (%5.1f s) %8.1f s (%5.1f s)   %s",
                        name,
                        first.idle().get(name) / MIB,
                        first.after().get(name) / MIB,
                        peak.get(name) / MIB,
                        withArchives.idle().get(name) / MIB,
                        withArchives.after().get(name) / MIB,
                        together.get(name).toMillis() / 1000.0,
                        cpuTogether.get(name).toMillis() / 1000.0,
                        alone.get(name).toMillis() / 1000.0,
                        cpuAlone.get(name).toMillis() / 1000.0,
                        again.get(name).toMillis() / 1000.0,
                        cpuAgain.get(name).toMillis() / 1000.0,
                        loadAlone.get(name));
            }
            report.line(
                    "%-20s %6d MiB %8d MiB %6s     %6d MiB, %6d MiB %8.1f s %20s %8.1f s",
                    "all five",
                    total(first.idle()) / MIB,
                    total(first.after()) / MIB,
                    "",
                    total(withArchives.idle()) / MIB,
                    total(withArchives.after()) / MIB,
                    all.toMillis() / 1000.0,
                    "",
                    allAgain.toMillis() / 1000.0);
            report.line(
                    "(first start: migrations on empty databases, class-data archives recorded; all up again at load %s;"
                            + " archive used by the last start: %s)",
                    loadAgain, archived);
            results.conditions(
                    "%d s of the pipeline at %s reports/s and approvals/s and four readers (%d of %d reads failed);"
                            + " load average before %s, after the load %s; restarts at %s",
                    loadSeconds,
                    env.getOrDefault("BENCH_PIPELINE_RATE", "20"),
                    first.failures().size(),
                    first.reads(),
                    loadBefore,
                    first.loadAfter(),
                    String.join(" | ", loadAlone.values()));
            for (String name : PROCESSES) {
                results.record(
                        Targets.rss(name),
                        first.after().get(name) / (double) MIB,
                        "idle %d MiB, peak %d MiB; after the load again, archives in use: %d MiB",
                        first.idle().get(name) / MIB,
                        peak.get(name) / MIB,
                        withArchives.after().get(name) / MIB);
                results.record(
                        Targets.readyAlone(name),
                        alone.get(name).toMillis() / 1000.0,
                        "%.1f s of processor time; %.1f s all up together, %.1f s again with archives",
                        cpuAlone.get(name).toMillis() / 1000.0,
                        together.get(name).toMillis() / 1000.0,
                        again.get(name).toMillis() / 1000.0);
            }
            results.record(
                    Targets.ALL_TOGETHER,
                    all.toMillis() / 1000.0,
                    "first start, migrations on empty databases; %.1f s again with archives",
                    allAgain.toMillis() / 1000.0);
        }
        report.print(root.resolve("benchmark/target/lean-report.txt"));
        results.write(root);
    }

    /** The processes' RSS idle and after the load, and what the load did. */
    private record Loaded(
            Map<String, Long> idle,
            String loadIdle,
            Map<String, Long> after,
            String loadAfter,
            long reads,
            List<String> failures) {}

    /**
     * RSS after {@code BENCH_LEAN_SETTLE} seconds idle, then after the load and as long again; with
     * {@code BENCH_LEAN_DIAGNOSE}, where the memory went ({@code when} names the files).
     */
    private Loaded idleThenLoaded(BenchServices services, String when) throws Exception {
        Thread.sleep(settleSeconds * 1000L);
        Map<String, Long> idle = rss(services);
        String loadIdle = Benchmark.loadAverage();
        AtomicLong reads = new AtomicLong();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        load(services, reads, failures);
        String loadAfter = Benchmark.loadAverage();
        Thread.sleep(settleSeconds * 1000L);
        Map<String, Long> after = rss(services);
        diagnose(services, when);
        return new Loaded(idle, loadIdle, after, loadAfter, reads.get(), failures);
    }

    private static long total(Map<String, Long> rss) {
        return rss.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * {@code BENCH_LEAN_SECONDS} of the pipeline at {@code BENCH_PIPELINE_RATE} reports/s and approvals/s
     * while four readers ask through the gateway for what the public and contributors read.
     */
    private void load(BenchServices services, AtomicLong reads, List<String> failures) throws Exception {
        Report.progress("load: %d s of the pipeline and four readers", loadSeconds);
        AtomicBoolean reading = new AtomicBoolean(true);
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread reader = new Thread(() -> read(services, reading, reads, failures), "reader-" + i);
            reader.start();
            readers.add(reader);
        }
        new PipelineBenchmark(root).pipeline(services, loadSeconds, "petition");
        reading.set(false);
        for (Thread reader : readers) {
            reader.join();
        }
    }

    /** With {@code BENCH_LEAN_DIAGNOSE}: where each process's memory goes, after its RSS was read. */
    private void diagnose(BenchServices services, String when) throws Exception {
        if (env.getOrDefault("BENCH_LEAN_DIAGNOSE", "").isEmpty()) {
            return;
        }
        for (String name : PROCESSES) {
            MemoryDiagnosis.write(
                    services.process(name), root.resolve("benchmark/target/lean/" + name + "-" + when + ".txt"));
        }
    }

    /**
     * Stops every process, then starts the services and the web app together and the gateway once
     * they are ready, as {@code ./vigil up} does; each one's time to ready and processor time by then.
     */
    private static Duration startAllAgain(
            BenchServices services, Map<String, Duration> ready, Map<String, Duration> cpu) throws Exception {
        List<String> stopping = new ArrayList<>(PROCESSES);
        java.util.Collections.reverse(stopping);
        stopping.forEach(name -> services.process(name).stop());
        Duration timeout = Duration.ofSeconds(240);
        long started = System.nanoTime();
        List<String> together = PROCESSES.subList(0, PROCESSES.size() - 1);
        together.forEach(name -> services.process(name).start());
        List<Thread> waiting = new ArrayList<>();
        for (String name : together) {
            // each awaited on a thread of its own: a service's time to ready is its own
            Thread waiter = new Thread(() -> awaitReady(services.process(name), started, timeout, ready, cpu));
            waiter.start();
            waiting.add(waiter);
        }
        for (Thread waiter : waiting) {
            waiter.join();
        }
        long gatewayStarted = System.nanoTime();
        awaitReady(services.process("gateway").start(), gatewayStarted, timeout, ready, cpu);
        if (ready.size() != PROCESSES.size()) {
            throw new IllegalStateException("not all ready again: " + ready.keySet());
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static void awaitReady(
            org.vigil.testing.ServiceProcess process,
            long startedAt,
            Duration timeout,
            Map<String, Duration> ready,
            Map<String, Duration> cpu) {
        process.awaitReady(timeout);
        synchronized (ready) {
            ready.put(process.name(), Duration.ofNanos(System.nanoTime() - startedAt));
            cpu.put(process.name(), process.cpuTime());
        }
    }

    private static Map<String, Long> rss(BenchServices services) {
        Map<String, Long> rss = new LinkedHashMap<>();
        for (String name : PROCESSES) {
            rss.put(name, services.process(name).rss());
        }
        return rss;
    }

    /**
     * One reader: round after round of the public reads, the home page and a registered source's
     * suggestions, through the gateway as a contributor would ask for them.
     */
    private void read(BenchServices services, AtomicBoolean reading, AtomicLong reads, List<String> failures) {
        String contributor = services.identity.userToken("bench-lean-reader", "contributor");
        List<String> paths = List.of(
                "/api/v1/events?limit=50",
                "/api/v1/stats/summary",
                "/api/v1/events.csv",
                "/",
                "/api/v1/sources?limit=5");
        while (reading.get()) {
            for (String path : paths) {
                try {
                    // the page as an anonymous reader, the API as a signed-in contributor
                    HttpResponse<String> answer =
                            get(services.uri("gateway", path), path.equals("/") ? null : contributor);
                    reads.incrementAndGet();
                    if (answer.statusCode() != 200) {
                        failures.add(path + ": HTTP " + answer.statusCode());
                    } else if (path.startsWith("/api/v1/sources")) {
                        JsonNode items =
                                PipelineBenchmark.JSON.readTree(answer.body()).path("items");
                        if (items.size() > 0) {
                            String id = items.get(0).path("id").asText();
                            HttpResponse<String> suggestions =
                                    get(services.uri("gateway", "/api/v1/sources/" + id + "/suggestions"), contributor);
                            reads.incrementAndGet();
                            // 503: too many texts being read at once, as the operation promises
                            if (suggestions.statusCode() != 200 && suggestions.statusCode() != 503) {
                                failures.add("suggestions: HTTP " + suggestions.statusCode());
                            }
                        }
                    }
                } catch (Exception e) {
                    failures.add(path + ": " + e);
                }
            }
        }
    }

    private HttpResponse<String> get(URI uri, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
