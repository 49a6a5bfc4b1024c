package org.vigil.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How fast a change travels through the platform (issue #14 item 1) and how many writes it takes
 * (item 4), against the packaged services wired as in production ({@link BenchServices}):
 *
 * <ul>
 *   <li>at {@code BENCH_PIPELINE_RATE} reports/s and as many approvals/s, open-loop (each request
 *       leaves at its scheduled time, whether or not the ones before it were answered): from a
 *       report's 202 to its quote check visible in the moderation queue, and from an approval's
 *       200 to the event's {@code created} entry in the public change feed;
 *   <li>reports accepted per second with 16 clients through the gateway, beside pgbench running
 *       moderation's own inserts for a report in the same run ({@link WriteLoad});
 *   <li>approvals per second, and events per second the public record takes them at;
 *   <li>the bulk endpoint's 1,000 reports.
 * </ul>
 *
 * Run with {@code benchmark/run pipeline}; options in {@code docs/benchmark.md}.
 */
public final class PipelineBenchmark {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> env = System.getenv();
    private final Path root;
    private final int rate = Integer.parseInt(env.getOrDefault("BENCH_PIPELINE_RATE", "20"));
    private final int seconds = Integer.parseInt(env.getOrDefault("BENCH_PIPELINE_SECONDS", "30"));
    private final int warmUpSeconds = Integer.parseInt(env.getOrDefault("BENCH_PIPELINE_WARM_UP", "10"));
    private final long leadMillis = Long.parseLong(env.getOrDefault("BENCH_APPROVAL_LEAD_MS", "2000"));
    private final long pollMillis = Long.parseLong(env.getOrDefault("BENCH_POLL_MS", "5"));
    private final boolean writes = !"0".equals(env.getOrDefault("BENCH_WRITES", "1"));
    /** Claims whose queue entry the watcher reads at once, at most, each round. */
    private static final int QUEUE_POLLS = 50;
    /**
     * How long the feed watcher asks events-service to hold a read with no change yet: 15 s, its maximum;
     * 0 polls every {@code pollMillis} as the watcher did until session 11, to compare.
     */
    private final int feedWaitSeconds = Integer.parseInt(env.getOrDefault("BENCH_FEED_WAIT", "15"));

    private final Report report = new Report();
    /** The figures against issue 14's targets: items 1 and 4. */
    final SuiteResults results = new SuiteResults(Targets.PIPELINE);

    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    PipelineBenchmark(Path root) {
        this.root = root;
    }

    public static void main(String[] args) {
        try {
            new PipelineBenchmark(Path.of(args.length > 0 ? args[0] : ".")
                            .toAbsolutePath()
                            .normalize())
                    .run();
        } catch (Exception e) {
            // the identity provider's and the broker's threads would keep this JVM alive after a failed
            // start (three of them ran on for an hour on 5 December)
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private void run() throws Exception {
        String loadBefore = Benchmark.loadAverage();
        List<String> moderationProfile = env.containsKey("BENCH_MODERATION_JFR")
                ? List.of("-XX:StartFlightRecording=settings=profile,filename=" + env.get("BENCH_MODERATION_JFR"))
                : List.of();
        try (BenchServices services = new BenchServices(root).start(Map.of("moderation-service", moderationProfile))) {
            report.line(
                    "Vigil pipeline and write benchmark, %s",
                    ZonedDateTime.now().withNano(0));
            report.line(
                    "%d cores, load average before %s; services run with JAVA_TOOL_OPTIONS of ops/services/*.env%s",
                    Runtime.getRuntime().availableProcessors(),
                    loadBefore,
                    env.containsKey("BENCH_SERVICE_JAVA_OPTS") ? " and " + env.get("BENCH_SERVICE_JAVA_OPTS") : "");
            report.line("");
            results.conditions(
                    "%d reports/s and %d approvals/s for %d s (the target's rate: 20); load average before %s",
                    rate, rate, seconds, loadBefore);
            Report.progress("warming up: %d s of the pipeline at %d/s, not counted", warmUpSeconds, rate);
            pipeline(services, warmUpSeconds, "petition");
            Report.progress("measuring: %d s of the pipeline at %d reports/s and %d approvals/s", seconds, rate, rate);
            pipeline(services, seconds, "rally");
            if (writes) {
                try {
                    new WriteLoad(this, services, report).run();
                } catch (Exception e) {
                    // the figures so far are still worth printing
                    report.line("the write benchmark failed: %s", e);
                    results.notMeasured(Targets.measuredBy(Targets.PIPELINE), "the write benchmark failed: " + e);
                    e.printStackTrace();
                }
            } else {
                results.notMeasured(Targets.measuredBy(Targets.PIPELINE), "BENCH_WRITES=0");
            }
            report.line("load average after: %s", Benchmark.loadAverage());
        }
        report.print(root.resolve("benchmark/target/pipeline-report.txt"));
        results.write(root);
    }

    /**
     * One open-loop run: report {@code i} leaves at {@code i / rate} s, its claim's approval at
     * {@code lead + i / rate} s (later only if its quote check is not visible by then, which is
     * counted). Two watchers, directly at the services: one reads each waiting claim's queue entry (as a
     * moderator) every {@code pollMillis}, the other holds a read of the public change feed (as a partner,
     * {@code wait}) that events-service answers when a change commits. A time is taken when the answer that
     * first shows a change arrives: an upper bound, late by at most one poll or one read of the feed.
     */
    void pipeline(BenchServices services, int runSeconds, String kind) throws Exception {
        // the warm-up's reports are of another kind, and the queue is read for this run's kind only:
        // claims the warm-up left pending must not fill the page this run's claims appear on
        boolean counted = kind.equals("rally");
        int count = rate * runSeconds;
        String contributor = services.identity.userToken("bench-contributor", "contributor");
        String moderator = services.identity.userToken("bench-moderator", "moderator");
        String partner = services.identity.clientToken("bench-partner", Set.of("events:read"));
        String marker = UUID.randomUUID().toString();
        long[] accepted = new long[count];
        long[] checked = new long[count];
        // completed by the queue watcher when it sees a claim's check: an approval that is due waits on it
        // (until 5 December it polled for the check every 2 ms from one of 64 threads: the benchmark's JVM then
        // spent more processor time than any service but moderation)
        List<CompletableFuture<Void>> checkSeen = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            checkSeen.add(new CompletableFuture<>());
        }
        long[] approved = new long[count];
        long[] published = new long[count];
        long[] submitNanos = new long[count];
        long[] approveNanos = new long[count];
        String[] claims = new String[count];
        Map<String, Integer> byEvent = new ConcurrentHashMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        int[] lateApprovals = new int[1];

        ProcessorTime processorTime = counted ? ProcessorTime.start(services) : null;
        StretchProfile profile = StretchProfile.start(services, counted ? env.get("BENCH_PIPELINE_JFR") : null);
        AtomicBoolean watching = new AtomicBoolean(true);
        long[] queuePolls = new long[2];
        Thread queueWatcher = new Thread(
                () -> {
                    // each claim still waiting, oldest first (at most QUEUE_POLLS a round), read as the queue
                    // shows it (GET /claims/{id} answers the queue's entry), all at once: a page of the whole
                    // queue costs moderation far more per poll than the few claims in flight, and read one
                    // after another a round of slow answers fell behind the claims arriving (the watcher's own
                    // backlog, not the pipeline's, until 5 December)
                    while (watching.get()) {
                        List<CompletableFuture<?>> polls = new ArrayList<>();
                        for (int i = 0; i < count && polls.size() < QUEUE_POLLS && watching.get(); i++) {
                            if (accepted[i] == 0 || checked[i] != 0) {
                                continue;
                            }
                            int claim = i;
                            long polled = System.nanoTime();
                            polls.add(http.sendAsync(
                                            get(
                                                    services.uri("moderation-service", "/api/v1/claims/" + claims[i]),
                                                    moderator),
                                            HttpResponse.BodyHandlers.ofString())
                                    .thenAccept(answer -> {
                                        long seen = System.nanoTime();
                                        synchronized (queuePolls) {
                                            queuePolls[0]++;
                                            queuePolls[1] += seen - polled;
                                        }
                                        try {
                                            if (answer.statusCode() != 200) {
                                                throw new IllegalStateException(
                                                        "HTTP " + answer.statusCode() + " " + answer.body());
                                            }
                                            boolean all = true;
                                            for (JsonNode citation :
                                                    JSON.readTree(answer.body()).path("citations")) {
                                                all &= !"pending"
                                                        .equals(citation.path("quoteCheck")
                                                                .asText());
                                            }
                                            if (all) {
                                                checked[claim] = seen;
                                                checkSeen.get(claim).complete(null);
                                            }
                                        } catch (Exception e) {
                                            failures.add("claim " + claim + ": " + e.getMessage());
                                        }
                                    })
                                    .exceptionally(e -> {
                                        failures.add("claim " + claim + ": " + e);
                                        return null;
                                    }));
                        }
                        try {
                            CompletableFuture.allOf(polls.toArray(CompletableFuture[]::new))
                                    .get(60, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            failures.add("queue: " + e);
                        }
                        pause(pollMillis);
                    }
                },
                "queue-watcher");
        queueWatcher.start();
        long[] feedPolls = new long[2];
        Thread feedWatcher = new Thread(
                () -> {
                    String cursor = null;
                    try {
                        // start at the end of the feed: only this run's events matter
                        cursor = feedEnd(services, partner);
                    } catch (Exception e) {
                        failures.add("feed: " + e.getMessage());
                    }
                    while (watching.get()) {
                        long polled = System.nanoTime();
                        try {
                            // held by events-service until a change after the cursor commits (or the wait
                            // ends), as a partner syncing the feed reads it: one read a change, not one every
                            // few ms (until 5 December it polled every 5 ms, ~106 reads a second at any rate)
                            JsonNode page = getJson(
                                    services.uri(
                                            "events-service",
                                            "/api/v1/changes?limit=200&wait=" + feedWaitSeconds
                                                    + (cursor == null ? "" : "&cursor=" + cursor)),
                                    partner);
                            long seen = System.nanoTime();
                            feedPolls[0]++;
                            feedPolls[1] += seen - polled;
                            for (JsonNode item : page.path("items")) {
                                cursor = item.path("cursor").asText();
                                Integer i = byEvent.get(item.path("eventId").asText());
                                if (i != null
                                        && published[i] == 0
                                        && "created".equals(item.path("type").asText())) {
                                    published[i] = seen;
                                }
                            }
                            if (feedWaitSeconds == 0 && page.path("items").size() < 200) {
                                pause(pollMillis);
                            }
                        } catch (Exception e) {
                            failures.add("feed: " + e.getMessage());
                            pause(pollMillis);
                        }
                    }
                },
                "feed-watcher");
        feedWatcher.start();

        // reports leave from a clock of their own: an approval waiting for its claim's check must not delay them
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(1);
        ScheduledExecutorService approvals = Executors.newScheduledThreadPool(1);
        long start = System.nanoTime() + 500_000_000L;
        List<CompletableFuture<?>> sent = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int n = 0; n < count; n++) {
            int i = n;
            long at = start + i * 1_000_000_000L / rate;
            clock.schedule(
                    () -> {
                        submitNanos[i] = System.nanoTime();
                        sent.add(http.sendAsync(
                                        post(
                                                services.uri("gateway", "/api/v1/reports"),
                                                contributor,
                                                reportBody(marker, i, kind)),
                                        HttpResponse.BodyHandlers.ofString())
                                .thenAccept(answer -> {
                                    long now = System.nanoTime();
                                    if (answer.statusCode() != 202) {
                                        failures.add(
                                                "report " + i + ": HTTP " + answer.statusCode() + " " + answer.body());
                                        return;
                                    }
                                    try {
                                        JsonNode body = JSON.readTree(answer.body());
                                        claims[i] = body.path("claims")
                                                .get(0)
                                                .path("id")
                                                .asText();
                                        byEvent.put(body.path("eventId").asText(), i);
                                        accepted[i] = now;
                                        submitNanos[i] = now - submitNanos[i];
                                    } catch (Exception e) {
                                        failures.add("report " + i + ": " + e.getMessage());
                                    }
                                })
                                .exceptionally(e -> {
                                    failures.add("report " + i + ": " + e);
                                    return null;
                                }));
                    },
                    at - System.nanoTime(),
                    TimeUnit.NANOSECONDS);
            approvals.schedule(
                    () -> {
                        // an approval needs the quote checked: wait for it if it is late, and count that
                        CompletableFuture<Void> check = checkSeen.get(i);
                        if (!check.isDone()) {
                            synchronized (lateApprovals) {
                                lateApprovals[0]++;
                            }
                        }
                        sent.add(check.completeOnTimeout(null, 30, TimeUnit.SECONDS)
                                .thenCompose(ignored -> {
                                    if (claims[i] == null || checked[i] == 0) {
                                        failures.add("approval " + i + ": the report was never accepted or checked");
                                        return CompletableFuture.completedFuture(null);
                                    }
                                    approveNanos[i] = System.nanoTime();
                                    return http.sendAsync(
                                                    post(
                                                            services.uri(
                                                                    "gateway",
                                                                    "/api/v1/claims/" + claims[i] + "/decisions"),
                                                            moderator,
                                                            "{\"decision\": \"approve\", \"reason\": \"quote found in the source\"}"),
                                                    HttpResponse.BodyHandlers.ofString())
                                            .thenAccept(answer -> {
                                                long now = System.nanoTime();
                                                if (answer.statusCode() != 200) {
                                                    failures.add("approval " + i + ": HTTP " + answer.statusCode() + " "
                                                            + answer.body());
                                                    return;
                                                }
                                                approveNanos[i] = now - approveNanos[i];
                                                approved[i] = now;
                                            });
                                })
                                .exceptionally(e -> {
                                    failures.add("approval " + i + ": " + e);
                                    return null;
                                }));
                    },
                    at + leadMillis * 1_000_000L - System.nanoTime(),
                    TimeUnit.NANOSECONDS);
        }
        clock.shutdown();
        approvals.shutdown();
        clock.awaitTermination(runSeconds + 120L, TimeUnit.SECONDS);
        approvals.awaitTermination(runSeconds + 120L, TimeUnit.SECONDS);
        for (CompletableFuture<?> answer : new ArrayList<>(sent)) {
            answer.get(60, TimeUnit.SECONDS);
        }
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline && missing(approved, published) > 0) {
            pause(50);
        }
        watching.set(false);
        queueWatcher.join();
        feedWatcher.join();
        if (counted) {
            processorTime.stop();
            profile.stop();
        } else {
            Report.progress(
                    "warm-up done: %d failures%s",
                    failures.size(), failures.isEmpty() ? "" : ", first: " + failures.get(0));
            return;
        }
        report.line(
                "Pipeline at %d reports/s and %d approvals/s, open-loop, %d s (%d reports); load average %s",
                rate, rate, runSeconds, count, Benchmark.loadAverage());
        report.line(
                "  the queue watcher polls every %d ms; reading a claim's queue entry took %.1f ms on average (%d reads);"
                        + " a read of the change feed (wait=%d s: held until a change commits; 0: polled every %d ms)"
                        + " %.1f ms (%d reads)",
                pollMillis,
                queuePolls[1] / 1e6 / Math.max(1, queuePolls[0]),
                queuePolls[0],
                feedWaitSeconds,
                pollMillis,
                feedPolls[1] / 1e6 / Math.max(1, feedPolls[0]),
                feedPolls[0]);
        report.percentileHeader();
        report.percentiles(Latencies.of("POST /api/v1/reports (gateway) → 202", durations(submitNanos, accepted)), 0);
        Latencies toCheck = Latencies.of("202 → quote check visible in the queue", between(accepted, checked));
        report.percentiles(toCheck, 300);
        report.percentiles(
                Latencies.of("POST /claims/{id}/decisions (gateway) → 200", durations(approveNanos, approved)), 0);
        Latencies toFeed =
                Latencies.of("approval's 200 → event in the public change feed", between(approved, published));
        report.percentiles(toFeed, 200);
        record(Targets.CHECK_VISIBLE, toCheck, missing(accepted, checked), failures.size());
        record(Targets.IN_CHANGE_FEED, toFeed, missing(approved, published), failures.size());
        report.line(
                "  %d of %d approvals left late (quote check not yet visible %d ms after the report); "
                        + "%d checks and %d events never seen; %d failures%s",
                lateApprovals[0],
                count,
                leadMillis,
                missing(accepted, checked),
                missing(approved, published),
                failures.size(),
                failures.isEmpty() ? "" : ", first: " + failures.get(0));
        for (String service : BenchServices.SERVICES) {
            report.line("  %s", OutboxDelay.scrape(http, services.management(service, "/q/metrics"), service));
        }
        for (String service : BenchServices.SERVICES) {
            report.line("  %s", OutboxDelay.scrapeInbox(http, services.management(service, "/q/metrics"), service));
        }
        processorTime.report(report, count, "report and its approval (watchers' reads included)");
        report.line("");
    }

    /** Item 1: a p99 of the changes seen; none seen is no figure (Latencies would say 0 ms). */
    private void record(Target target, Latencies latencies, int unseen, int failures) {
        if (latencies.max() == 0 && latencies.samples() <= 1) {
            results.notMeasured(target, "no change seen; %d failures".formatted(failures));
            return;
        }
        results.record(
                target,
                latencies.percentile(99),
                "p50 %.0f ms, %d seen, %d never seen, %d failures",
                latencies.percentile(50),
                latencies.samples(),
                unseen,
                failures);
    }

    private static long[] between(long[] from, long[] to) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < from.length; i++) {
            if (from[i] != 0 && to[i] != 0) {
                nanos.add(Math.max(0, to[i] - from[i]));
            }
        }
        return nanos.stream().mapToLong(Long::longValue).toArray();
    }

    private static long[] durations(long[] nanos, long[] done) {
        List<Long> kept = new ArrayList<>();
        for (int i = 0; i < nanos.length; i++) {
            if (done[i] != 0) {
                kept.add(nanos[i]);
            }
        }
        return kept.stream().mapToLong(Long::longValue).toArray();
    }

    private static int missing(long[] from, long[] to) {
        int missing = 0;
        for (int i = 0; i < from.length; i++) {
            if (from[i] != 0 && to[i] == 0) {
                missing++;
            }
        }
        return missing;
    }

    /** The change feed's last cursor now: where a partner that has read everything would continue. */
    String feedEnd(BenchServices services, String partner) throws Exception {
        String cursor = null;
        while (true) {
            JsonNode page = getJson(
                    services.uri(
                            "events-service",
                            "/api/v1/changes?limit=200" + (cursor == null ? "" : "&cursor=" + cursor)),
                    partner);
            JsonNode items = page.path("items");
            if (items.isEmpty()) {
                return cursor;
            }
            cursor = items.get(items.size() - 1).path("cursor").asText();
        }
    }

    static HttpRequest get(URI uri, String token) {
        return HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    JsonNode getJson(URI uri, String token) throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(uri)
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    static HttpRequest post(URI uri, String token, String body) {
        return HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** A new event with one existence claim citing its source inline, as BatchBenchmark's items. */
    static String reportBody(String marker, int i, String kind) {
        return BatchBenchmark.item(marker, i, kind);
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
