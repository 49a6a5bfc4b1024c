package org.vigil.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timed runs of {@code POST /api/v1/reports/batch} (the warm-up left out), and what they show
 * against issue 14's ≤ 10 s: the slowest, if every run was answered 200 and accepted every report.
 */
final class BulkRuns {

    private static final Pattern ACCEPTED = Pattern.compile("\"accepted\":(\\d+)");

    private final int reports;
    private final List<Long> millis = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();

    BulkRuns(int reports) {
        this.reports = reports;
    }

    /** How many reports the batch's answer says were accepted. */
    static int accepted(String body) {
        Matcher accepted = ACCEPTED.matcher(body);
        return accepted.find() ? Integer.parseInt(accepted.group(1)) : 0;
    }

    void add(int status, String body, long tookMillis) {
        int count = accepted(body);
        if (status != 200 || count != reports) {
            failed.add("run %d: HTTP %d, %,d of %,d accepted".formatted(millis.size() + 1, status, count, reports));
        }
        millis.add(tookMillis);
    }

    void record(SuiteResults results, Target target) {
        if (millis.isEmpty()) {
            results.notMeasured(target, "no timed run (BENCH_BATCH_RUNS=0)");
        } else if (!failed.isEmpty()) {
            results.notMeasured(target, String.join("; ", failed));
        } else {
            results.record(
                    target,
                    millis.stream().mapToLong(Long::longValue).max().orElseThrow() / 1000.0,
                    "%,d reports; runs: %s ms",
                    reports,
                    String.join(
                            ", ", millis.stream().map(m -> "%,d".formatted(m)).toList()));
        }
    }
}
