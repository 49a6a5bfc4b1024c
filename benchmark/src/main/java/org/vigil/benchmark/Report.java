package org.vigil.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** What the benchmark prints as it goes, and the table of figures it ends with (also written to a file). */
final class Report {

    private final List<String> lines = new ArrayList<>();

    static void progress(String format, Object... args) {
        System.out.println("[" + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + String.format(format, args));
        System.out.flush();
    }

    void line(String format, Object... args) {
        lines.add(String.format(format, args));
    }

    void latencies(Latencies latencies, double targetP99) {
        line(
                "  %-52s %8.1f %8.1f %8.1f %7d%s",
                latencies.label(),
                latencies.percentile(50),
                latencies.percentile(99),
                latencies.max(),
                latencies.samples(),
                verdict(latencies, targetP99));
    }

    /** A row with the 90th percentile too: the pipeline's table. */
    void percentiles(Latencies latencies, double targetP99) {
        line(
                "  %-50s %8.1f %8.1f %8.1f %8.1f %7d%s",
                latencies.label(),
                latencies.percentile(50),
                latencies.percentile(90),
                latencies.percentile(99),
                latencies.max(),
                latencies.samples(),
                verdict(latencies, targetP99));
    }

    /** Whether the row meets its p99 target; empty when it has none. */
    private static String verdict(Latencies latencies, double targetP99) {
        if (targetP99 <= 0) {
            return "";
        }
        return (latencies.percentile(99) <= targetP99 ? "  meets p99 ≤ " : "  MISSES p99 ≤ ") + fmt(targetP99);
    }

    void percentileHeader() {
        line("  %-50s %8s %8s %8s %8s %7s", "", "p50 ms", "p90 ms", "p99 ms", "max ms", "samples");
    }

    void header() {
        line("  %-52s %8s %8s %8s %7s", "", "p50 ms", "p99 ms", "max ms", "samples");
    }

    void print(Path file) throws IOException {
        System.out.println();
        lines.forEach(System.out::println);
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
        System.out.println();
        System.out.println("(also written to " + file + ")");
    }

    private static String fmt(double millis) {
        return String.format("%.0f ms", millis);
    }
}
