package org.vigil.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.testing.ServiceProcess;

/**
 * Requests per second under concurrency (issue 14, items 2 and 3): the gateway beside Debian's
 * nginx {@code proxy_pass} and beside the service itself, all three in front of the same
 * events-service and loaded by the same client, Debian's {@code wrk}, in interleaved rounds so a
 * neighbour's build slows all three alike. Then the latency the gateway adds at a fixed rate of
 * half its maximum ({@link FixedRate}, since wrk2 is not in Debian), and the list page and
 * {@code stats/counts} through the gateway at 16 and 64 connections.
 *
 * <p>nginx is set up as a fair reverse proxy would be: upstream keep-alive, no access log, as many
 * workers as cores, and the gateway's job for anonymous reads (it adds the service token the
 * gateway would forward). Its configuration is written to {@code benchmark/target/nginx}.
 */
final class Throughput {

    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern ERRORS = Pattern.compile("Socket errors:(.*)");
    private static final Pattern P99 = Pattern.compile("\\n\\s+99%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern P50 = Pattern.compile("\\n\\s+50%\\s+([0-9.]+)(us|ms|s)");
    private static final List<String> BUSY_COUNTRIES =
            List.of("DE", "US", "CA", "GB", "FR", "NL", "SE", "AU", "AT", "TR");
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

    private final Report report;
    private final SuiteResults results;
    private final Path target;
    private final String token;
    private final int rounds;
    private final int seconds;
    private final int nginxPort;
    private final int fixedRateSeconds;
    private final int warmUpRequests;
    private final int warmUpSeconds;
    private final URI service;
    private final ServiceProcess serviceProcess;

    /** One wrk run: what it served, and its latency percentiles. */
    record Run(double perSecond, double p50, double p99, long failed, long requests) {}

    /**
     * A wrk run with the processor time (user and system, from {@code /proc}) the proxy and
     * events-service spent on it: per request, the figure that does not move with the neighbours'
     * load, where the requests/s and their ratios do.
     */
    record Round(Run run, Duration proxyCpu, Duration serviceCpu) {

        double perSecond() {
            return run.perSecond();
        }

        double proxyMicrosPerRequest() {
            return micros(proxyCpu) / run.requests();
        }

        double serviceMicrosPerRequest() {
            return micros(serviceCpu) / run.requests();
        }

        private static double micros(Duration cpu) {
            return cpu.toNanos() / 1000.0;
        }
    }

    Throughput(
            Report report,
            SuiteResults results,
            Path target,
            ServiceProcess service,
            String token,
            Map<String, String> env) {
        this.report = report;
        this.results = results;
        this.serviceProcess = service;
        this.service = service.uri("/");
        this.target = target;
        this.token = token;
        this.rounds = Integer.parseInt(env.getOrDefault("BENCH_THROUGHPUT_ROUNDS", "3"));
        this.seconds = Integer.parseInt(env.getOrDefault("BENCH_THROUGHPUT_SECONDS", "10"));
        this.nginxPort = Integer.parseInt(env.getOrDefault("BENCH_NGINX_PORT", "18090"));
        this.fixedRateSeconds = Integer.parseInt(env.getOrDefault("BENCH_FIXED_RATE_SECONDS", "20"));
        this.warmUpRequests = Integer.parseInt(env.getOrDefault("BENCH_THROUGHPUT_WARM_UP_REQUESTS", "60000"));
        this.warmUpSeconds = Integer.parseInt(env.getOrDefault("BENCH_THROUGHPUT_WARM_UP_SECONDS", "120"));
    }

    /** The name of the baseline gateway's rounds ({@code BENCH_GATEWAY_BASELINE}). */
    static final String BASELINE = "gateway, baseline";

    /** {@code baselineProcess}, when not null, runs the same rounds for comparison; it is in no ratio. */
    void measure(ServiceProcess gatewayProcess, ServiceProcess baselineProcess) throws Exception {
        URI gateway = gatewayProcess.uri("/");
        Path scripts = Files.createDirectories(target.resolve("wrk"));
        Path list = listScript(scripts.resolve("list.lua"));
        Path counts = countsScript(scripts.resolve("counts.lua"));
        try (Nginx nginx = Nginx.start(target.resolve("nginx"), nginxPort, service, token)) {
            Map<String, URI> proxies = new LinkedHashMap<>();
            proxies.put("events-service, direct", service);
            proxies.put("nginx proxy_pass", nginx.uri());
            proxies.put("gateway", gateway);
            Map<String, Supplier<Duration>> proxyCpu = new LinkedHashMap<>();
            proxyCpu.put("events-service, direct", () -> Duration.ZERO);
            proxyCpu.put("nginx proxy_pass", nginx::cpuTime);
            proxyCpu.put("gateway", gatewayProcess::cpuTime);
            if (baselineProcess != null) {
                proxies.put(BASELINE, baselineProcess.uri("/"));
                proxyCpu.put(BASELINE, baselineProcess::cpuTime);
            }
            for (var proxy : proxies.entrySet()) {
                warmUp(proxy.getKey(), proxy.getValue(), list);
            }
            Map<String, Map<String, List<Round>>> byRead = new LinkedHashMap<>();
            byRead.put(
                    "list page (GET /api/v1/events?country=…&from=…&to=…)", interleaved(proxies, proxyCpu, list, 16));
            byRead.put(
                    "stats/summary (GET /api/v1/stats/summary)",
                    interleaved(proxies, proxyCpu, summaryScript(scripts), 16));

            report.line(
                    "Throughput, wrk -t2 -c16 -d%ds, %d interleaved rounds (median of rounds), load average %s",
                    seconds, rounds, Benchmark.loadAverage());
            report.line(
                    "  %-56s %12s %12s",
                    "ratios (targets: ≥ 0.9 of nginx, ≥ 0.8 of direct)", "gw / nginx", "gw / direct");
            for (var read : byRead.entrySet()) {
                double direct = median(read.getValue().get("events-service, direct"));
                double viaNginx = median(read.getValue().get("nginx proxy_pass"));
                double viaGateway = median(read.getValue().get("gateway"));
                report.line(
                        "  %-56s %12s %12s",
                        read.getKey(), verdict(viaGateway / viaNginx, 0.9), verdict(viaGateway / direct, 0.8));
                boolean isList = read.getKey().startsWith("list");
                recordRatio(
                        isList ? Targets.LIST_VS_NGINX : Targets.SUMMARY_VS_NGINX,
                        viaGateway,
                        viaNginx,
                        read.getValue());
                recordRatio(
                        isList ? Targets.LIST_VS_DIRECT : Targets.SUMMARY_VS_DIRECT,
                        viaGateway,
                        direct,
                        read.getValue());
            }
            report.line(
                    "  processor time per request, median of rounds (µs; the proxy's own, then events-service's behind it)");
            for (var read : byRead.entrySet()) {
                List<Round> viaNginx = read.getValue().get("nginx proxy_pass");
                List<Round> viaGateway = read.getValue().get("gateway");
                double nginxCpu = medianOf(viaNginx, Round::proxyMicrosPerRequest);
                double gatewayCpu = medianOf(viaGateway, Round::proxyMicrosPerRequest);
                report.line(
                        "  %-56s gateway %5.0f µs, nginx %5.0f µs (%.1f×); service %5.0f µs direct, %5.0f via nginx, %5.0f via gateway",
                        read.getKey(),
                        gatewayCpu,
                        nginxCpu,
                        gatewayCpu / nginxCpu,
                        medianOf(read.getValue().get("events-service, direct"), Round::serviceMicrosPerRequest),
                        medianOf(viaNginx, Round::serviceMicrosPerRequest),
                        medianOf(viaGateway, Round::serviceMicrosPerRequest));
            }
            if (baselineProcess != null) {
                for (var read : byRead.entrySet()) {
                    report.line(
                            "  %-56s gateway %5.0f µs, baseline %5.0f µs (%.2f×)",
                            read.getKey(),
                            medianOf(read.getValue().get("gateway"), Round::proxyMicrosPerRequest),
                            medianOf(read.getValue().get(BASELINE), Round::proxyMicrosPerRequest),
                            medianOf(read.getValue().get("gateway"), Round::proxyMicrosPerRequest)
                                    / medianOf(read.getValue().get(BASELINE), Round::proxyMicrosPerRequest));
                }
            }
            for (var read : byRead.entrySet()) {
                report.line(
                        "  %s: requests/s per round (proxy µs per request), p99 of the median round", read.getKey());
                for (var proxy : read.getValue().entrySet()) {
                    List<Round> rounds = proxy.getValue();
                    report.line(
                            "    %-28s %9.0f req/s  (%s)  p99 %6.1f ms%s",
                            proxy.getKey(),
                            median(rounds),
                            String.join(
                                    ", ",
                                    rounds.stream()
                                            .map(r -> String.format(
                                                    "%.0f (%.0f µs)", r.perSecond(), r.proxyMicrosPerRequest()))
                                            .toList()),
                            medianRound(rounds).run().p99(),
                            rounds.stream().mapToLong(r -> r.run().failed()).sum() > 0 ? "  FAILED REQUESTS" : "");
                }
            }
            report.line("");

            double gatewayMax = median(byRead.values().iterator().next().get("gateway"));
            int rate = (int) Math.max(50, gatewayMax / 2);
            proxies.remove(BASELINE);
            addedLatency(proxies, rate);
        }
        concurrency(gateway, list, counts);
    }

    /** Item 2: the gateway's requests/s over nginx's or the service's, medians of interleaved rounds. */
    private void recordRatio(Target target, double viaGateway, double other, Map<String, List<Round>> rounds) {
        long failed = rounds.values().stream()
                .flatMap(List::stream)
                .mapToLong(r -> r.run().failed())
                .sum();
        if (failed > 0) {
            results.notMeasured(target, failed + " requests failed in the rounds");
            return;
        }
        results.ratio(
                target,
                viaGateway,
                other,
                "req/s",
                "wrk -t2 -c16 -d%ds, median of %d interleaved rounds; gateway %.0f µs of processor time a request",
                seconds,
                this.rounds,
                medianOf(rounds.get("gateway"), Round::proxyMicrosPerRequest));
    }

    /**
     * Until it has served {@code warmUpRequests} (or for at most {@code warmUpSeconds}): a JVM
     * compiles its hot path only after tens of thousands of requests (the services run with
     * {@code -XX:CompileThresholdScaling=3}, ops/services), nginx has nothing to compile, and a fixed
     * ten seconds on a loaded machine were a few hundred requests: the gateway's rounds then measured
     * its interpreter and its compiler threads (5 ms of processor time a request, 0.3 ms warm).
     */
    private void warmUp(String name, URI base, Path script) throws IOException, InterruptedException {
        long served = 0;
        int spent = 0;
        while (served < warmUpRequests && spent < warmUpSeconds) {
            served += wrk(base, script, 16, seconds).requests();
            spent += seconds;
        }
        Report.progress("%-28s warmed up with %,d requests in %d s", name, served, spent);
    }

    /** Each proxy {@code rounds} times, the order rotated each round. */
    private Map<String, List<Round>> interleaved(
            Map<String, URI> proxies, Map<String, Supplier<Duration>> proxyCpu, Path script, int connections)
            throws Exception {
        Map<String, List<Round>> runs = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(proxies.keySet());
        for (int round = 0; round < rounds; round++) {
            for (String name : order) {
                Duration proxyBefore = proxyCpu.get(name).get();
                Duration serviceBefore = serviceProcess.cpuTime();
                Run run = wrk(proxies.get(name), script, connections, seconds);
                Round measured = new Round(
                        run,
                        proxyCpu.get(name).get().minus(proxyBefore),
                        serviceProcess.cpuTime().minus(serviceBefore));
                Report.progress(
                        "%-28s %s: %8.0f req/s p99 %6.1f ms, %.0f µs proxy + %.0f µs service a request",
                        name,
                        script.getFileName(),
                        run.perSecond(),
                        run.p99(),
                        measured.proxyMicrosPerRequest(),
                        measured.serviceMicrosPerRequest());
                runs.computeIfAbsent(name, k -> new ArrayList<>()).add(measured);
            }
            order.add(order.remove(0));
        }
        return runs;
    }

    /**
     * p99 at a fixed rate, half the gateway's maximum: the gateway's minus the service's own is the
     * latency it adds. Latency counts from when a request was due, not when it was sent, so a
     * stalled server cannot hide its queue (the coordinated omission wrk2 corrects).
     */
    private void addedLatency(Map<String, URI> proxies, int rate) throws Exception {
        List<String> paths = listPaths();
        Map<String, List<FixedRate.Result>> results = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(proxies.keySet());
        for (int round = 0; round < 2; round++) {
            for (String name : order) {
                URI base = proxies.get(name);
                FixedRate.Result result =
                        FixedRate.run(base, paths, base.equals(service) ? token : null, rate, fixedRateSeconds, 32);
                Report.progress(
                        "%-28s at %d req/s: p50 %.1f ms p99 %.1f ms (%d failed)",
                        name, rate, result.p50(), result.p99(), result.failed());
                results.computeIfAbsent(name, k -> new ArrayList<>()).add(result);
            }
            order.add(order.remove(0));
        }
        double direct = bestP99(results.get("events-service, direct"));
        recordAddedLatency(results.get("gateway"), direct, rate);
        report.line(
                "Added latency at a fixed %d req/s (half the gateway's list maximum), open-loop Java client, %d s × 2 rounds"
                        + " (best round), load average %s",
                rate, fixedRateSeconds, Benchmark.loadAverage());
        for (var entry : results.entrySet()) {
            double p99 = bestP99(entry.getValue());
            FixedRate.Result best = entry.getValue().stream()
                    .min((a, b) -> Double.compare(a.p99(), b.p99()))
                    .orElseThrow();
            report.line(
                    "  %-28s p50 %6.1f ms  p99 %6.1f ms  added p99 %s",
                    entry.getKey(),
                    best.p50(),
                    p99,
                    entry.getKey().contains("direct")
                            ? "—"
                            : String.format(
                                    "%+.1f ms%s",
                                    p99 - direct,
                                    entry.getKey().equals("gateway")
                                            ? (p99 - direct <= 3 ? "  meets ≤ 3 ms" : "  MISSES ≤ 3 ms")
                                            : ""));
        }
        report.line("");
    }

    /** Item 2: the gateway's p99 less the service's own, at a fixed rate, best of two rounds each. */
    private void recordAddedLatency(List<FixedRate.Result> viaGateway, double direct, int rate) {
        long failed = viaGateway.stream().mapToLong(FixedRate.Result::failed).sum();
        if (failed > 0) {
            results.notMeasured(Targets.ADDED_P99, failed + " requests failed at the fixed rate");
            return;
        }
        double p99 = bestP99(viaGateway);
        results.record(
                Targets.ADDED_P99,
                p99 - direct,
                "at %d req/s for %d s: gateway p99 %.1f ms, events-service directly %.1f ms (best of 2 rounds)",
                rate,
                fixedRateSeconds,
                p99,
                direct);
    }

    /**
     * Item 3: list pages and counts through the gateway at 16 and 64 connections, and the list
     * directly beside them.
     */
    private void concurrency(URI gateway, Path list, Path counts) throws Exception {
        report.line(
                "Through the gateway under concurrency, wrk -t2 -d%ds (targets: list ≥ 1,000 req/s, p99 ≤ 50 ms), load average %s",
                seconds, Benchmark.loadAverage());
        for (int connections : new int[] {16, 64}) {
            for (Path script : List.of(list, counts)) {
                Run run = wrk(gateway, script, connections, seconds);
                boolean isList = script.equals(list);
                report.line(
                        "  %-40s %3d connections %8.0f req/s  p50 %6.1f ms  p99 %6.1f ms%s",
                        isList ? "list page, country + 10 days" : "stats/counts by country, 30 days",
                        connections,
                        run.perSecond(),
                        run.p50(),
                        run.p99(),
                        run.failed() > 0
                                ? "  FAILED REQUESTS"
                                : isList ? run.perSecond() >= 1000 && run.p99() <= 50 ? "  meets" : "  MISSES" : "");
                recordConcurrency(run, isList, connections);
            }
            // the same list straight to the service: whether what falls at 64 connections is the
            // gateway's or the service's behind it (no target of its own)
            Run direct = wrk(service, list, connections, seconds);
            report.line(
                    "  %-40s %3d connections %8.0f req/s  p50 %6.1f ms  p99 %6.1f ms%s",
                    "  the same list, events-service directly",
                    connections,
                    direct.perSecond(),
                    direct.p50(),
                    direct.p99(),
                    direct.failed() > 0 ? "  FAILED REQUESTS" : "");
        }
        report.line("");
    }

    /** Item 3 under concurrency: the list's requests/s and p99 against their targets, the counts' reported. */
    private void recordConcurrency(Run run, boolean isList, int connections) {
        List<Target> targets = isList
                ? List.of(Targets.concurrency("list-rate", connections), Targets.concurrency("list-p99", connections))
                : List.of(Targets.concurrency("counts", connections));
        if (run.failed() > 0) {
            results.notMeasured(targets, run.failed() + " requests failed");
            return;
        }
        String how = "wrk -t2 -c%d -d%ds".formatted(connections, seconds);
        if (isList) {
            results.record(targets.get(0), run.perSecond(), "%s; p99 %.1f ms", how, run.p99());
            results.record(targets.get(1), run.p99(), "%s; %.0f req/s", how, run.perSecond());
        } else {
            results.record(targets.get(0), run.perSecond(), "%s; p50 %.1f ms, p99 %.1f ms", how, run.p50(), run.p99());
        }
    }

    private Run wrk(URI base, Path script, int connections, int duration) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "wrk",
                "-t2",
                "-c" + connections,
                "-d" + duration + "s",
                "--timeout",
                "10s",
                "--latency",
                "-s",
                script.toString()));
        if (base.equals(service)) {
            // the service's own token, as the gateway and nginx forward it
            command.addAll(List.of("-H", "Authorization: Bearer " + token));
        }
        command.add(base.resolve("/").toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(duration + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        Matcher perSecond = REQUESTS_PER_SECOND.matcher(output);
        if (!perSecond.find()) {
            throw new IllegalStateException("no requests/s in wrk's output: " + output);
        }
        long failed = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            failed += Long.parseLong(non2xx.group(1));
        }
        Matcher errors = ERRORS.matcher(output);
        if (errors.find()) {
            failed += Arrays.stream(errors.group(1).split(","))
                    .map(part -> part.replaceAll("[^0-9]", ""))
                    .filter(digits -> !digits.isEmpty())
                    .mapToLong(Long::parseLong)
                    .sum();
        }
        Matcher requests = REQUESTS.matcher(output);
        return new Run(
                Double.parseDouble(perSecond.group(1)),
                millis(P50, output),
                millis(P99, output),
                failed,
                requests.find() ? Long.parseLong(requests.group(1)) : 0);
    }

    private static double millis(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    /** The benchmark's list reads: one of the ten busiest countries, a random ten-day window. */
    static List<String> listPaths() {
        Random random = new Random(99);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            LocalDate from = FIRST_DAY.plusDays(random.nextInt(720));
            paths.add("/api/v1/events?country=%s&from=%s&to=%s&limit=50"
                    .formatted(BUSY_COUNTRIES.get(random.nextInt(BUSY_COUNTRIES.size())), from, from.plusDays(9)));
        }
        return paths;
    }

    private static Path listScript(Path file) throws IOException {
        return script(file, listPaths());
    }

    private static Path countsScript(Path file) throws IOException {
        Random random = new Random(7);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            LocalDate from = FIRST_DAY.plusDays(random.nextInt(700));
            paths.add("/api/v1/stats/counts?groupBy=country&from=%s&to=%s".formatted(from, from.plusDays(29)));
        }
        return script(file, paths);
    }

    private static Path summaryScript(Path directory) throws IOException {
        return script(directory.resolve("summary.lua"), List.of("/api/v1/stats/summary"));
    }

    /** A wrk script that cycles through {@code paths}, each wrk thread from its own starting point. */
    private static Path script(Path file, List<String> paths) throws IOException {
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (String path : paths) {
            lua.append("  \"").append(path).append("\",\n");
        }
        lua.append("}\n")
                .append("local i = math.random(#paths)\n")
                .append("request = function()\n")
                .append("  i = i % #paths + 1\n")
                .append("  return wrk.format(\"GET\", paths[i])\n")
                .append("end\n");
        Files.writeString(file, lua);
        return file;
    }

    private static double median(List<Round> rounds) {
        return medianRound(rounds).perSecond();
    }

    private static Round medianRound(List<Round> rounds) {
        List<Round> sorted = new ArrayList<>(rounds);
        sorted.sort((a, b) -> Double.compare(a.perSecond(), b.perSecond()));
        return sorted.get(sorted.size() / 2);
    }

    private static double medianOf(List<Round> rounds, ToDoubleFunction<Round> figure) {
        double[] values = rounds.stream().mapToDouble(figure).sorted().toArray();
        return values[values.length / 2];
    }

    private static double bestP99(List<FixedRate.Result> results) {
        return results.stream().mapToDouble(FixedRate.Result::p99).min().orElse(Double.NaN);
    }

    private static String verdict(double ratio, double target) {
        return String.format("%.2f %s", ratio, ratio >= target ? "✔" : "✘");
    }
}
