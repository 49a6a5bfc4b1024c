package org.vigil.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Issue 14's targets, in the order of its items: the rows of the table {@code benchmark/run all}
 * ends with ({@link TargetTable}), and what each suite records ({@link SuiteResults}). Item 7 is
 * the table itself.
 */
final class Targets {

    static final String PIPELINE = "pipeline";
    static final String BATCH = "batch";
    static final String LEAN = "lean";
    static final String UP = "up";
    /** Both run the throughput rounds and the one-at-a-time reads. */
    private static final String READS_OR_THROUGHPUT = "reads throughput";

    private static final String EXPORTS = "reads exports";

    static final Map<Integer, String> ITEMS = Map.of(
            1, "the pipeline at 20 reports/s and 20 approvals/s (benchmark/run pipeline)",
            2, "the gateway beside nginx and the service (benchmark/run throughput, or reads)",
            3, "reads at 1M events (benchmark/run throughput, or reads)",
            4, "writes (benchmark/run pipeline; the bulk endpoint alone: benchmark/run batch)",
            5, "exports at 1M events (benchmark/run exports, or reads)",
            6, "lean services (benchmark/run lean; ./vigil up: benchmark/run up)",
            7, "one table (this one)");

    static final Target CHECK_VISIBLE =
            Target.atMost(1, "pipeline.check.p99", PIPELINE, "202 → quote check visible in the queue, p99", 300, "ms");
    static final Target IN_CHANGE_FEED = Target.atMost(
            1, "pipeline.feed.p99", PIPELINE, "approval's 200 → event in the public change feed, p99", 200, "ms");

    static final Target LIST_VS_NGINX = gatewayRatio("list", "nginx", 0.9);
    static final Target LIST_VS_DIRECT = gatewayRatio("list", "direct", 0.8);
    static final Target SUMMARY_VS_NGINX = gatewayRatio("summary", "nginx", 0.9);
    static final Target SUMMARY_VS_DIRECT = gatewayRatio("summary", "direct", 0.8);
    static final Target ADDED_P99 = Target.atMost(
            2,
            "gateway.added.p99",
            READS_OR_THROUGHPUT,
            "p99 the gateway adds to the list at half its maximum rate (fixed rate)",
            3,
            "ms");

    static final Target LIST_P50_DIRECT = Target.ratio(
            3,
            "reads.list.p50.direct",
            READS_OR_THROUGHPUT,
            "list page one at a time, p50: events-service ÷ the SQL statement",
            "direct / SQL",
            Target.Bound.AT_MOST,
            2);
    static final Target LIST_P50_GATEWAY = Target.ratio(
            3,
            "reads.list.p50.gateway",
            READS_OR_THROUGHPUT,
            "list page one at a time, p50: through the gateway ÷ the SQL statement",
            "gw / SQL",
            Target.Bound.AT_MOST,
            2);
    static final Target LIST_P99_DIRECT = Target.atMost(
            3, "reads.list.p99.direct", READS_OR_THROUGHPUT, "list page one at a time, p99: events-service", 20, "ms");
    static final Target LIST_P99_GATEWAY = Target.atMost(
            3,
            "reads.list.p99.gateway",
            READS_OR_THROUGHPUT,
            "list page one at a time, p99: through the gateway",
            20,
            "ms");

    static final Target BULK = Target.atMost(
            4,
            "writes.bulk.pipeline",
            PIPELINE,
            "1,000 reports in one POST /reports/batch, slowest run (all services up)",
            10,
            "s");
    static final Target BULK_ALONE = Target.atMost(
            4,
            "writes.bulk.batch",
            BATCH,
            "1,000 reports in one POST /reports/batch, slowest run (moderation-service alone)",
            10,
            "s");
    static final Target REPORTS_VS_PGBENCH = Target.ratio(
            4,
            "writes.reports.pgbench",
            PIPELINE,
            "reports accepted/s through the gateway, 16 clients ÷ pgbench's same inserts",
            "gw / pgbench",
            Target.Bound.AT_LEAST,
            0.5);
    static final Target APPROVALS = Target.reported(
            4, "writes.approvals", PIPELINE, "approvals/s, 16 clients, directly to moderation-service", "per s");

    static final Target VIGIL_UP = Target.atMost(
            6,
            "lean.vigil-up",
            UP,
            "./vigil up, everything built, from nothing running to its return (demo record included)",
            30,
            "s");
    static final Target VIGIL_UP_READY = Target.reported(
            6, "lean.vigil-up.ready", UP, "./vigil up: every component ready, before the demo record's load", "s");
    static final Target ALL_TOGETHER = Target.reported(
            6,
            "lean.together",
            LEAN,
            "the five started together as ./vigil up starts them (no Keycloak, no Artemis): all ready",
            "s");

    /** Item 7: how many of the targets above have a figure from this run; {@link TargetTable} fills it in. */
    static final Target FRESH =
            Target.atLeast(7, "table.fresh", "", "targets above with a figure from this run", 1, "");

    private static final List<Target> ALL = catalogue();

    private Targets() {}

    static List<Target> all() {
        return ALL;
    }

    static Target byKey(String key) {
        return ALL.stream()
                .filter(target -> target.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no target " + key));
    }

    static List<Target> measuredBy(String suite) {
        return ALL.stream().filter(target -> target.measuredBy(suite)).toList();
    }

    /** The list pages through the gateway at 16 or 64 connections: requests/s, p99, and counts reported. */
    static Target concurrency(String what, int connections) {
        return byKey("reads." + what + ".c" + connections);
    }

    /** One export's target: {@code measure} rate, copy or memory; {@code path} direct or gateway. */
    static Target export(String format, String measure, String path) {
        return byKey("exports." + format.toLowerCase(java.util.Locale.ROOT) + "." + measure + "." + path);
    }

    static Target rss(String process) {
        return byKey("lean.rss." + process);
    }

    static Target readyAlone(String process) {
        return byKey("lean.ready." + process);
    }

    private static Target gatewayRatio(String read, String other, double limit) {
        return Target.ratio(
                2,
                "gateway." + read + "." + other,
                READS_OR_THROUGHPUT,
                (read.equals("list") ? "list page" : "stats/summary") + ": requests/s, gateway ÷ "
                        + (other.equals("nginx") ? "nginx proxy_pass" : "events-service directly"),
                "gw / " + other,
                Target.Bound.AT_LEAST,
                limit);
    }

    private static List<Target> catalogue() {
        List<Target> all = new ArrayList<>(List.of(
                CHECK_VISIBLE,
                IN_CHANGE_FEED,
                LIST_VS_NGINX,
                LIST_VS_DIRECT,
                SUMMARY_VS_NGINX,
                SUMMARY_VS_DIRECT,
                ADDED_P99,
                LIST_P50_DIRECT,
                LIST_P50_GATEWAY,
                LIST_P99_DIRECT,
                LIST_P99_GATEWAY));
        for (int connections : new int[] {16, 64}) {
            String through = "through the gateway, " + connections + " connections";
            all.add(Target.atLeast(
                    3, "reads.list-rate.c" + connections, READS_OR_THROUGHPUT, "list page " + through, 1000, "req/s"));
            all.add(Target.atMost(
                    3,
                    "reads.list-p99.c" + connections,
                    READS_OR_THROUGHPUT,
                    "list page " + through + ", p99",
                    50,
                    "ms"));
            all.add(Target.reported(
                    3,
                    "reads.counts.c" + connections,
                    READS_OR_THROUGHPUT,
                    "stats/counts (30 days) " + through,
                    "req/s"));
        }
        all.addAll(List.of(REPORTS_VS_PGBENCH, BULK, BULK_ALONE, APPROVALS));
        for (String format : List.of("CSV", "GeoJSON")) {
            String key = "exports." + format.toLowerCase(java.util.Locale.ROOT);
            for (String path : List.of("direct", "gateway")) {
                String how = format + (path.equals("direct") ? ", events-service directly" : ", through the gateway");
                all.add(Target.ratio(
                        5,
                        key + ".copy." + path,
                        EXPORTS,
                        how + ": rows/s ÷ COPY of the stored renderings",
                        "÷ COPY",
                        Target.Bound.AT_LEAST,
                        0.5));
                all.add(Target.atLeast(5, key + ".rate." + path, EXPORTS, how + ": rows/s", 150_000, "rows/s"));
                all.add(Target.atMost(
                        5,
                        key + ".memory." + path,
                        EXPORTS,
                        how + ": memory flat (RSS growth after the first tenth)",
                        64,
                        "MiB"));
            }
        }
        for (String process : LeanBenchmark.PROCESSES) {
            all.add(Target.atMost(6, "lean.rss." + process, LEAN, process + ": RSS after the load", 238, "MiB"));
        }
        for (String process : LeanBenchmark.PROCESSES) {
            all.add(Target.atMost(6, "lean.ready." + process, LEAN, process + ": ready, restarted alone", 3, "s"));
        }
        all.addAll(List.of(VIGIL_UP, VIGIL_UP_READY, ALL_TOGETHER, FRESH));
        return List.copyOf(all);
    }
}
