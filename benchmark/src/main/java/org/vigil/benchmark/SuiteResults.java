package org.vigil.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One suite's figures against issue 14's targets, written to {@code benchmark/target/results/<suite>.tsv}
 * for the table ({@link TargetTable}) and for anyone's script: a few {@code #} lines (suite, when,
 * conditions), a header, then one tab-separated line per target the suite measures (item, key, what,
 * figure, unit, target, ratio, verdict, shown, note). A target the suite measures but recorded no
 * figure for is written as not measured: nothing is left out silently.
 */
final class SuiteResults {

    static final String HEADER = "item\tkey\twhat\tfigure\tunit\ttarget\tratio\tverdict\tshown\tnote";

    private final String suite;
    private final Instant measured;
    private String conditions = "";
    private final Map<String, Measurement> byKey = new LinkedHashMap<>();

    SuiteResults(String suite) {
        this(suite, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    SuiteResults(String suite, Instant measured) {
        this.suite = suite;
        this.measured = measured;
    }

    static Path file(Path root, String suite) {
        return root.resolve("benchmark/target/results").resolve(suite + ".tsv");
    }

    String suite() {
        return suite;
    }

    Instant measured() {
        return measured;
    }

    String conditions() {
        return conditions;
    }

    /** What the figures depend on: the data, the rates, the machine's load. */
    void conditions(String format, Object... args) {
        conditions = oneLine(String.format(Locale.ROOT, format, args));
    }

    Optional<Measurement> of(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    List<Measurement> measurements() {
        return List.copyOf(byKey.values());
    }

    /** A figure in the target's unit; {@code note} says under what conditions (a format, with {@code args}). */
    void record(Target target, double figure, String note, Object... args) {
        if (Double.isNaN(figure)) {
            notMeasured(target, "no figure: " + String.format(Locale.ROOT, note, args));
            return;
        }
        put(new Measurement(target.key(), figure, target.figureText(figure), String.format(Locale.ROOT, note, args)));
    }

    /** The issue's own ratio, {@code numerator / denominator}, both shown in {@code unit}. */
    void ratio(Target target, double numerator, double denominator, String unit, String note, Object... args) {
        if (Double.isNaN(numerator) || Double.isNaN(denominator) || denominator == 0) {
            notMeasured(
                    target,
                    "no " + target.basis() + " ratio: " + Target.decimal(numerator) + " / "
                            + Target.decimal(denominator));
            return;
        }
        put(new Measurement(
                target.key(),
                numerator / denominator,
                Target.decimal(numerator) + " / " + Target.decimal(denominator) + (unit.isEmpty() ? "" : " " + unit),
                String.format(Locale.ROOT, note, args)));
    }

    void notMeasured(Target target, String why) {
        put(Measurement.notMeasured(target, why));
    }

    /** Every target in {@code targets} that has no figure yet is not measured, for {@code why}. */
    void notMeasured(List<Target> targets, String why) {
        for (Target target : targets) {
            if (!byKey.containsKey(target.key())) {
                notMeasured(target, why);
            }
        }
    }

    private void put(Measurement measurement) {
        byKey.put(measurement.key(), measurement);
    }

    /** Writes the file, every target this suite measures in the catalogue's order. */
    Path write(Path root) throws IOException {
        notMeasured(Targets.measuredBy(suite), "this run recorded no figure for it");
        List<String> lines = new ArrayList<>();
        lines.add("# suite\t" + suite);
        lines.add("# measured\t" + measured);
        lines.add("# conditions\t" + conditions);
        lines.add(HEADER);
        for (Target target : Targets.all()) {
            Measurement m = byKey.get(target.key());
            if (m == null) {
                continue;
            }
            lines.add(String.join(
                    "\t",
                    Integer.toString(target.item()),
                    target.key(),
                    target.what(),
                    m.measured() ? Double.toString(m.figure()) : "",
                    target.unit(),
                    target.limitText(),
                    m.measured() && target.hasBound() ? Double.toString(target.ratio(m.figure())) : "",
                    verdict(target, m),
                    oneLine(m.shown()),
                    oneLine(m.note())));
        }
        Path file = file(root, suite);
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
        Report.progress("figures against issue 14's targets written to %s", file);
        return file;
    }

    static SuiteResults read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> heading = new LinkedHashMap<>();
        List<String[]> rows = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.split("\t", -1);
            if (line.startsWith("# ")) {
                heading.put(fields[0].substring(2), fields.length > 1 ? fields[1] : "");
            } else if (!line.equals(HEADER) && fields.length == 10) {
                rows.add(fields);
            }
        }
        SuiteResults results = new SuiteResults(
                heading.getOrDefault("suite", file.getFileName().toString().replace(".tsv", "")),
                Instant.parse(heading.getOrDefault("measured", Instant.EPOCH.toString())));
        results.conditions = heading.getOrDefault("conditions", "");
        for (String[] row : rows) {
            double figure = row[3].isEmpty() ? Double.NaN : Double.parseDouble(row[3]);
            results.put(new Measurement(row[1], figure, row[8], row[9]));
        }
        return results;
    }

    /** {@code met}, {@code missed}, {@code reported} or {@code not measured}. */
    static String verdict(Target target, Measurement measurement) {
        if (!measurement.measured()) {
            return "not measured";
        }
        if (!target.hasBound()) {
            return "reported";
        }
        return target.met(measurement.figure()) ? "met" : "missed";
    }

    private static String oneLine(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
