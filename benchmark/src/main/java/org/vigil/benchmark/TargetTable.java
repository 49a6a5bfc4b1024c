package org.vigil.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Issue 14, item 7: every target of the issue in one table, grouped by item, the ratio first (the
 * figure over its target, or the issue's own ratio such as gateway over nginx), then the figure,
 * the target and whether it is met. Each row takes the newest figure the suites recorded
 * ({@link SuiteResults}); after {@code benchmark/run all}, a figure from before that run is marked
 * EARLIER, and a target no suite has measured says "not run". {@code benchmark/run all} prints it
 * at its end, {@code benchmark/run table} prints it again from the files.
 */
final class TargetTable {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /**
     * {@code benchmark/run all}: when it started, and how each suite it ran ended (its exit status), in
     * {@code benchmark/target/results/all.txt}.
     */
    record Invocation(Instant started, Map<String, Integer> exits) {

        static Path file(Path root) {
            return root.resolve("benchmark/target/results/all.txt");
        }

        static Invocation read(Path file) throws IOException {
            Instant started = null;
            Map<String, Integer> exits = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] words = line.strip().split("\\s+");
                if (words.length == 2 && words[0].equals("started")) {
                    started = Instant.parse(words[1]);
                } else if (words.length == 3 && words[0].equals("suite")) {
                    exits.put(words[1], Integer.parseInt(words[2]));
                }
            }
            return started == null ? null : new Invocation(started, exits);
        }
    }

    /** One target's line: the newest measurement of it and the suite's file it came from, or none. */
    record Row(Target target, Measurement measurement, SuiteResults from, boolean earlier) {

        boolean fresh() {
            return measurement != null && measurement.measured() && !earlier;
        }
    }

    private final List<SuiteResults> results;
    private final Invocation invocation;

    /** {@code invocation} may be null: no {@code benchmark/run all} ran, and no figure is earlier than another's run. */
    TargetTable(List<SuiteResults> results, Invocation invocation) {
        this.results = List.copyOf(results);
        this.invocation = invocation;
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path directory = root.resolve("benchmark/target/results");
        List<SuiteResults> results = new ArrayList<>();
        if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".tsv"))
                        .sorted()
                        .toList()) {
                    results.add(SuiteResults.read(file));
                }
            }
        }
        Path all = Invocation.file(root);
        Invocation invocation = Files.isRegularFile(all) ? Invocation.read(all) : null;
        List<String> lines = new TargetTable(results, invocation).lines();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println();
        lines.forEach(out::println);
        Path written = root.resolve("benchmark/target/targets.txt");
        Files.write(written, lines, StandardCharsets.UTF_8);
        out.println();
        out.println("(also written to " + written + "; each suite's figures in " + directory + ")");
    }

    /** A row for every target, in the catalogue's order; item 7's counts the fresh figures of the others. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Target target : Targets.all()) {
            if (target != Targets.FRESH) {
                rows.add(row(target));
            }
        }
        long counted = rows.stream()
                .filter(r -> r.target().bound() != Target.Bound.REPORTED)
                .count();
        long fresh = rows.stream()
                .filter(r -> r.target().bound() != Target.Bound.REPORTED && r.fresh())
                .count();
        Target all = new Target(
                7,
                Targets.FRESH.key(),
                Targets.FRESH.what() + " (of " + counted + ")",
                Target.Bound.AT_LEAST,
                counted,
                "",
                Target.OF_TARGET,
                "");
        rows.add(new Row(all, new Measurement(all.key(), fresh, fresh + " of " + counted, ""), null, false));
        return rows;
    }

    private Row row(Target target) {
        SuiteResults newest = null;
        Measurement measurement = null;
        for (SuiteResults suite : results) {
            var found = suite.of(target.key());
            if (found.isPresent() && (newest == null || suite.measured().isAfter(newest.measured()))) {
                newest = suite;
                measurement = found.get();
            }
        }
        boolean earlier =
                newest != null && invocation != null && newest.measured().isBefore(invocation.started());
        return new Row(target, measurement, newest, earlier);
    }

    /** The table as printed: a heading, the rows grouped by item, and where the figures came from. */
    List<String> lines() {
        List<Row> rows = rows();
        List<String[]> cells = new ArrayList<>();
        for (Row row : rows) {
            cells.add(cells(row));
        }
        String[] headings = {"ratio", "of", "figure", "target", "what", "from"};
        int[] widths = new int[headings.length];
        for (String[] line : cells) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("Issue 14's targets"
                + (invocation == null
                        ? ", from the suites' latest figures"
                        : ", benchmark/run all of " + DAY_AND_TIME.format(invocation.started())
                                + " (figures from before it are marked EARLIER)"));
        lines.add("ratio: the figure ÷ its target, or the issue's own ratio (gw / nginx: the gateway's over nginx's);"
                + " ✔ met, ✘ missed, – reported without a target");
        lines.add("");
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(widths[i], headings[i].length());
        }
        String format = "%" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %-" + widths[3]
                + "s  %-1s  %-" + widths[4] + "s  %-" + widths[5] + "s  %s";
        lines.add(String.format(format, "ratio", "of", "figure", "target", " ", "what", "from", "note")
                .stripTrailing());
        int item = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).target().item() != item) {
                item = rows.get(i).target().item();
                lines.add(item + "  " + Targets.ITEMS.get(item));
            }
            String[] c = cells.get(i);
            lines.add(String.format(format, c[0], c[1], c[2], c[3], c[6], c[4], c[5], c[7])
                    .stripTrailing());
        }
        lines.add("");
        lines.addAll(sources());
        return lines;
    }

    /** ratio, of, figure, target, what, from, verdict, note */
    private String[] cells(Row row) {
        Target target = row.target();
        Measurement m = row.measurement();
        String from = row.from() == null
                ? ""
                : row.from().suite() + " " + WHEN.format(row.from().measured()) + (row.earlier() ? " EARLIER" : "");
        if (m == null) {
            String suites = target.suites().replace(" ", " or ");
            return new String[] {
                "—", target.basis(), "not run", target.limitText(), target.what(), "", " ", "benchmark/run " + suites
            };
        }
        if (!m.measured()) {
            return new String[] {"—", target.basis(), m.shown(), target.limitText(), target.what(), from, " ", m.note()
            };
        }
        String ratio = target.hasBound() ? String.format(java.util.Locale.ROOT, "%.2f", target.ratio(m.figure())) : "";
        String verdict = !target.hasBound() ? "–" : target.met(m.figure()) ? "✔" : "✘";
        return new String[] {
            ratio, target.basis(), m.shown(), target.limitText(), target.what(), from, verdict, m.note()
        };
    }

    /** Each suite's file: when it ran and under what conditions; after {@code all}, how each of its suites ended. */
    private List<String> sources() {
        List<String> lines = new ArrayList<>();
        lines.add("figures from (benchmark/target/results/<suite>.tsv):");
        if (results.isEmpty()) {
            lines.add("  none yet: run benchmark/run all, or one suite");
        }
        results.stream()
                .sorted(Comparator.comparing(SuiteResults::measured))
                .forEach(suite -> lines.add(String.format(
                        "  %-10s %s%s  %s",
                        suite.suite(),
                        DAY_AND_TIME.format(suite.measured()),
                        invocation != null && suite.measured().isBefore(invocation.started()) ? " EARLIER" : "",
                        suite.conditions())));
        if (invocation != null) {
            List<String> ended = new ArrayList<>();
            invocation
                    .exits()
                    .forEach((suite, exit) -> ended.add(suite + (exit == 0 ? " done" : " FAILED (exit " + exit + ")")));
            lines.add("benchmark/run all ran: " + (ended.isEmpty() ? "no suite yet" : String.join(", ", ended)));
        }
        return lines;
    }
}
