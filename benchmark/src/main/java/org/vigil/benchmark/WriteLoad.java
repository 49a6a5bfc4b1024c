package org.vigil.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue #14 item 4: how many reports moderation accepts per second with {@code BENCH_WRITE_CLIENTS}
 * closed-loop clients through the gateway, beside pgbench sending moderation's own inserts for a
 * report (report, claim, its revision, the audit act, which the sequencer chains after commit,
 * the outbox row) with as many clients, in interleaved rounds; what moderation's connections wait
 * on meanwhile (pg_stat_activity, sampled); then approvals per second and the public record's pace
 * taking them; then the bulk endpoint's 1,000 reports.
 */
final class WriteLoad {

    private final Map<String, String> env = System.getenv();
    private final PipelineBenchmark bench;
    private final BenchServices services;
    private final Report report;
    private final int clients = Integer.parseInt(env.getOrDefault("BENCH_WRITE_CLIENTS", "16"));
    private final int roundSeconds = Integer.parseInt(env.getOrDefault("BENCH_WRITE_SECONDS", "15"));
    private final int rounds = Integer.parseInt(env.getOrDefault("BENCH_WRITE_ROUNDS", "2"));
    private final int batchReports = Integer.parseInt(env.getOrDefault("BENCH_BATCH_REPORTS", "1000"));
    private final int batchRuns = Integer.parseInt(env.getOrDefault("BENCH_BATCH_RUNS", "2"));
    private final String profile = env.get("BENCH_WRITE_JFR");

    WriteLoad(PipelineBenchmark bench, BenchServices services, Report report) {
        this.bench = bench;
        this.services = services;
        this.report = report;
    }

    void run() throws Exception {
        String moderation = services.database("moderation-service");
        String sqlDatabase = moderation + "_sql";
        copySchema(moderation, sqlDatabase);
        report.line(
                "Writes: %d clients, %d interleaved rounds of %d s each; load average %s",
                clients, rounds, roundSeconds, Benchmark.loadAverage());
        report.line("  %-58s %9s %8s %8s %8s", "", "per s", "p50 ms", "p99 ms", "errors");
        List<UUID> claims = new ArrayList<>();
        double gatewayTotal = 0;
        double sqlTotal = 0;
        Map<String, Integer> waits = new TreeMap<>();
        for (int round = 1; round <= rounds; round++) {
            if (round == 1) {
                startProfile();
            }
            Round reports = reports(round, waits);
            if (round == 1) {
                stopProfile();
            }
            claims.addAll(reports.claims);
            gatewayTotal += reports.perSecond;
            report.line(
                    "  %-58s %9.1f %8.1f %8.1f %8d",
                    "round " + round + ": POST /api/v1/reports via the gateway (202s)",
                    reports.perSecond,
                    reports.latencies.percentile(50),
                    reports.latencies.percentile(99),
                    reports.errors);
            double tps = pgbench(sqlDatabase, round == 1 ? script(moderation) : null);
            sqlTotal += tps;
            report.line("  %-58s %9.1f", "round " + round + ": pgbench, the same inserts (transactions/s)", tps);
        }
        report.line(
                "  ratio gateway / pgbench: %.2f (target ≥ 0.5); load average %s",
                gatewayTotal / sqlTotal, Benchmark.loadAverage());
        bench.results.ratio(
                Targets.REPORTS_VS_PGBENCH,
                gatewayTotal / rounds,
                sqlTotal / rounds,
                "per s",
                "%d clients, means of %d interleaved rounds of %d s (pgbench: transactions/s)",
                clients,
                rounds,
                roundSeconds);
        int samples = waits.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder shares = new StringBuilder();
        waits.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(6)
                .forEach(w -> shares.append(
                        String.format(" %s %.0f%%;", w.getKey(), 100.0 * w.getValue() / Math.max(1, samples))));
        report.line("  moderation's busy connections during the gateway rounds, by what they wait on:%s", shares);
        report.line("");
        approvals(claims);
        batch();
    }

    private record Round(double perSecond, Latencies latencies, int errors, List<UUID> claims) {}

    /** Closed loop: each client sends its next report as soon as the previous one is answered. */
    private Round reports(int round, Map<String, Integer> waits) throws Exception {
        String token = services.identity.userToken("bench-writer", "contributor");
        String marker = UUID.randomUUID().toString();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<UUID> claims = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        Future<?> sampler = pool.submit(() -> sampleWaits(running, waits));
        List<Future<?>> writers = new ArrayList<>();
        long started = System.nanoTime();
        long end = started + roundSeconds * 1_000_000_000L;
        for (int c = 0; c < clients; c++) {
            writers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> answer = bench.http.send(
                                PipelineBenchmark.post(
                                        services.uri("gateway", "/api/v1/reports"),
                                        token,
                                        BatchBenchmark.item(marker, sequence.incrementAndGet(), "rally")),
                                HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() == 202) {
                            nanos.add(System.nanoTime() - sent);
                            JsonNode body = PipelineBenchmark.JSON.readTree(answer.body());
                            claims.add(UUID.fromString(
                                    body.path("claims").get(0).path("id").asText()));
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        running.set(false);
        sampler.get();
        pool.shutdown();
        long[] all = nanos.stream().mapToLong(Long::longValue).toArray();
        Report.progress("round %d: %d reports accepted in %.1f s", round, all.length, elapsed);
        return new Round(all.length / elapsed, Latencies.of("reports", all), errors.get(), new ArrayList<>(claims));
    }

    /** Every 100 ms, what moderation's active connections wait on (none: running in PostgreSQL, or waiting for the client). */
    private Void sampleWaits(AtomicBoolean running, Map<String, Integer> waits) throws SQLException {
        try (Connection connection = services.connect(services.database("moderation-service"));
                Statement statement = connection.createStatement()) {
            while (running.get()) {
                try (ResultSet rows = statement.executeQuery("""
                        select state, coalesce(wait_event_type || ':' || wait_event, 'running') from pg_stat_activity
                        where datname = current_database() and pid <> pg_backend_pid()
                          and state <> 'idle'""")) {
                    while (rows.next()) {
                        String key = rows.getString(1) + " / " + rows.getString(2);
                        synchronized (waits) {
                            waits.merge(key, 1, Integer::sum);
                        }
                    }
                }
                PipelineBenchmark.pause(100);
            }
        }
        return null;
    }

    /** The moderation schema, empty, in a database of its own: pgbench's outbox rows must reach no relay. */
    private void copySchema(String from, String to) throws Exception {
        services.empty(to);
        ProcessBuilder dump = new ProcessBuilder(
                        "sh",
                        "-c",
                        "pg_dump -s -O -x -h \"$H\" -p \"$P\" -U \"$U\" \"$FROM\" | psql -q"
                                + " -h \"$H\" -p \"$P\" -U \"$U\" -d \"$TO\" >/dev/null")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        dump.environment()
                .putAll(Map.of(
                        "PGPASSWORD",
                        services.dbPassword,
                        "H",
                        services.dbHost,
                        "P",
                        Integer.toString(services.dbPort),
                        "U",
                        services.dbUser,
                        "FROM",
                        from,
                        "TO",
                        to));
        if (dump.start().waitFor() != 0) {
            throw new IllegalStateException("copying moderation's schema to " + to + " failed");
        }
        try (Connection connection = services.connect(to);
                Statement statement = connection.createStatement()) {
            statement.execute("select 1 from audit_act, outbox_message, claim_revision limit 1");
        }
    }

    /**
     * The statements moderation sends for one report (ReportSubmission.store, AuditLog.appendAll: the act,
     * Outbox.publish), with the values of a report it accepted a moment ago: same rows, same sizes.
     */
    private Path script(String moderation) throws Exception {
        String value;
        String citations;
        String submitter;
        String pseudonym;
        String actor;
        String details;
        String body;
        String type;
        String address;
        try (Connection connection = services.connect(moderation);
                Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("""
                    select c.value::text, c.citations, r.submitter, r.submitter_pseudonym
                    from claim c join report r on r.id = c.report_id order by r.submitted_at desc limit 1""")) {
                row.next();
                value = row.getString(1);
                citations = row.getString(2);
                submitter = row.getString(3);
                pseudonym = row.getString(4);
            }
            try (ResultSet row = statement.executeQuery(
                    "select actor, details::text from audit_act where action = 'submitted' order by id desc limit 1")) {
                row.next();
                actor = row.getString(1);
                details = row.getString(2);
            }
            try (ResultSet row = statement.executeQuery(
                    "select body, type, address from outbox_message where type like '%ReportSubmitted%' limit 1")) {
                row.next();
                body = row.getString(1);
                type = row.getString(2);
                address = row.getString(3);
            }
        }
        String script = """
                \\set k random(1, 9000000000000000000)
                begin;
                insert into report (id, event_id, proposes_event, submitter, submitter_pseudonym, note, submitted_at, withdrawn_at) values (md5('r' || :k)::uuid, md5('e' || :k)::uuid, true, %s, %s, 'benchmark', now(), null);
                insert into claim (id, report_id, position, event_id, property, value, citations, status, sensitive, sensitivity, kind, country_code, submitter, submitted_at, updated_at, revision, approved_at, published_at, duplicate_of, version) values (md5('c' || :k)::uuid, md5('r' || :k)::uuid, 0, md5('e' || :k)::uuid, 'existence', %s::jsonb, %s, 'pending', false, '', 'rally', 'AT', %s, now(), now(), 1, null, null, null, 0);
                insert into claim_revision (claim_id, revision, value, citations, sensitive, submitted_at) values (md5('c' || :k)::uuid, 1, %s::jsonb, %s, false, now());
                insert into audit_act (occurred_at, actor, action, subject_type, subject_id, details) values (now(), %s, 'submitted', 'claim', md5('c' || :k), %s::jsonb);
                insert into outbox_message (id, type, address, aggregate_type, aggregate_id, occurred_at, body, attempts, next_attempt_at, sent_at, last_error, traceparent) values (md5('o' || :k)::uuid, %s, %s, 'report', md5('r' || :k), now(), %s, 0, now(), null, null, null);
                commit;
                """.formatted(
                        literal(submitter),
                        literal(pseudonym),
                        literal(value),
                        literal(citations),
                        literal(submitter),
                        literal(value),
                        literal(citations),
                        literal(actor),
                        literal(details),
                        literal(type),
                        literal(address),
                        literal(body));
        Path file = Path.of("benchmark/target/report-insert.pgbench").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, script);
        return file;
    }

    /** A dollar-quoted SQL literal on one line (pgbench reads one statement per line). */
    private static String literal(String text) {
        return "$v$" + text.replace("\n", " ") + "$v$";
    }

    private Path pgbenchScript;

    /**
     * pgbench's transactions per second with {@code clients} clients; with fewer (said so) when the
     * shared server has no connection slots left for that many, NaN when it cannot run at all.
     */
    private double pgbench(String database, Path script) throws IOException, InterruptedException {
        if (script != null) {
            pgbenchScript = script;
        }
        for (int tried = clients; tried >= 2; tried /= 2) {
            try {
                double tps = pgbench(database, tried);
                if (tried != clients) {
                    report.line(
                            "  (pgbench ran with %d clients: the shared server had no slots for %d)", tried, clients);
                }
                return tps;
            } catch (IllegalStateException e) {
                Report.progress("%s", e.getMessage());
            }
        }
        return Double.NaN;
    }

    private double pgbench(String database, int clients) throws IOException, InterruptedException {
        ProcessBuilder pgbench = new ProcessBuilder(
                        "pgbench",
                        "-n",
                        "-h",
                        services.dbHost,
                        "-p",
                        Integer.toString(services.dbPort),
                        "-U",
                        services.dbUser,
                        "-c",
                        Integer.toString(clients),
                        "-j",
                        "2",
                        "-T",
                        Integer.toString(roundSeconds),
                        "-f",
                        pgbenchScript.toString(),
                        database)
                .redirectErrorStream(true);
        pgbench.environment().put("PGPASSWORD", services.dbPassword);
        Process running = pgbench.start();
        String output = new String(running.getInputStream().readAllBytes());
        running.waitFor();
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no tps:\n" + output);
        }
        Report.progress("pgbench: %s tps", tps.group(1));
        return Double.parseDouble(tps.group(1));
    }

    /**
     * Approves the claims the gateway rounds submitted, with as many clients, directly (the
     * gateway's share was measured above): approvals per second in moderation, then events per
     * second at which their {@code created} entries appear in the public change feed.
     */
    private void approvals(List<UUID> submitted) throws Exception {
        int limit = Integer.parseInt(env.getOrDefault("BENCH_APPROVALS", "600"));
        List<UUID> claims = submitted.subList(0, Math.min(limit, submitted.size()));
        String moderator = services.identity.userToken("bench-approver", "moderator");
        String partner = services.identity.clientToken("bench-partner", Set.of("events:read"));
        // every quote check answered first: an approval before it is refused (409)
        long waitUntil = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < waitUntil && pendingChecks(claims) > 0) {
            PipelineBenchmark.pause(500);
        }
        String cursor = bench.feedEnd(services, partner);
        ConcurrentLinkedQueue<UUID> todo = new ConcurrentLinkedQueue<>(claims);
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                for (UUID claim = todo.poll(); claim != null; claim = todo.poll()) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> answer = bench.http.send(
                                PipelineBenchmark.post(
                                        services.uri("moderation-service", "/api/v1/claims/" + claim + "/decisions"),
                                        moderator,
                                        "{\"decision\": \"approve\", \"reason\": \"quote found in the source\"}"),
                                HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() == 200) {
                            nanos.add(System.nanoTime() - sent);
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        double approving = (System.nanoTime() - started) / 1e9;
        int approved = nanos.size();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        long feedDeadline = System.nanoTime() + 120_000_000_000L;
        while (seen.size() < approved && System.nanoTime() < feedDeadline) {
            JsonNode page = bench.getJson(
                    services.uri(
                            "events-service",
                            "/api/v1/changes?limit=200" + (cursor == null ? "" : "&cursor=" + cursor)),
                    partner);
            for (JsonNode item : page.path("items")) {
                cursor = item.path("cursor").asText();
                if ("created".equals(item.path("type").asText())) {
                    seen.add(item.path("eventId").asText());
                }
            }
            if (page.path("items").size() < 200) {
                PipelineBenchmark.pause(20);
            }
        }
        double publishing = (System.nanoTime() - started) / 1e9;
        Latencies latencies = Latencies.of(
                "approvals", nanos.stream().mapToLong(Long::longValue).toArray());
        report.line(
                "Approvals: %d clients, directly to moderation-service; load average %s",
                clients, Benchmark.loadAverage());
        report.line(
                "  %d approved in %.1f s: %.1f approvals/s, p50 %.1f ms, p99 %.1f ms, %d errors",
                approved,
                approving,
                approved / approving,
                latencies.percentile(50),
                latencies.percentile(99),
                errors.get());
        report.line(
                "  the public record created %d of those events %.1f s after the first approval: %.1f events/s",
                seen.size(), publishing, seen.size() / publishing);
        bench.results.record(
                Targets.APPROVALS,
                approved / approving,
                "%d clients, %d approved, p99 %.1f ms, %d errors; the public record took them at %.1f events/s",
                clients,
                approved,
                latencies.percentile(99),
                errors.get(),
                seen.size() / publishing);
        report.line(
                "  %s",
                OutboxDelay.scrape(
                        bench.http, services.management("moderation-service", "/q/metrics"), "moderation-service"));
        report.line("");
    }

    private int pendingChecks(List<UUID> claims) throws SQLException {
        try (Connection connection = services.connect(services.database("moderation-service"));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select count(*) from claim where status = 'pending' and citations like '%\"pending\"%'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** POST /api/v1/reports/batch of 1,000 reports, directly to moderation-service (docs/product.md §5: ≤ 10 s). */
    private void batch() throws Exception {
        String token = services.identity.userToken("bench-importer", "contributor");
        report.line("Bulk: POST /api/v1/reports/batch of %,d reports, directly (target ≤ 10 s)", batchReports);
        BulkRuns runs = new BulkRuns(batchReports);
        for (int run = 0; run <= batchRuns; run++) {
            long started = System.nanoTime();
            HttpResponse<String> answer = bench.http.send(
                    PipelineBenchmark.post(
                            services.uri("moderation-service", "/api/v1/reports/batch"),
                            token,
                            BatchBenchmark.batch(UUID.randomUUID().toString(), batchReports)),
                    HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - started) / 1_000_000;
            report.line(
                    "  %s: HTTP %d, %,d accepted in %,d ms%s (load average %s)",
                    run == 0 ? "warm-up" : "run " + run,
                    answer.statusCode(),
                    BulkRuns.accepted(answer.body()),
                    millis,
                    run == 0 ? "" : millis <= 10_000 ? ", meets ≤ 10 s" : ", MISSES ≤ 10 s",
                    Benchmark.loadAverage());
            if (run > 0) {
                runs.add(answer.statusCode(), answer.body(), millis);
            }
        }
        report.line("");
        runs.record(bench.results, Targets.BULK);
    }

    /** A JFR recording of moderation-service over the first gateway round, when BENCH_WRITE_JFR names a file. */
    private void startProfile() throws Exception {
        if (profile != null) {
            jcmd("JFR.start", "name=writes", "settings=profile");
        }
    }

    private void stopProfile() throws Exception {
        if (profile != null) {
            jcmd("JFR.stop", "name=writes", "filename=" + Path.of(profile).toAbsolutePath());
            Report.progress("moderation-service's profile of the first round: %s", profile);
        }
    }

    private void jcmd(String... command) throws Exception {
        long pid = ProcessHandle.current()
                .children()
                .filter(p -> p.info().commandLine().orElse("").contains("moderation-service/target/quarkus-app"))
                .findFirst()
                .orElseThrow()
                .pid();
        List<String> line = new ArrayList<>(List.of("jcmd", Long.toString(pid)));
        line.addAll(List.of(command));
        new ProcessBuilder(line).inheritIO().start().waitFor();
    }
}
