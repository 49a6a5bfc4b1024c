package org.vigil.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Issue 14, item 7: the one table of every target, ratios first, grouped by item. */
class TargetTableTest {

    private static final Instant EARLY = Instant.parse("2026-12-05T10:00:00Z");
    private static final Instant STARTED = Instant.parse("2026-12-05T17:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-05T17:30:00Z");

    private static SuiteResults pipeline(Instant when, double checkP99) {
        SuiteResults results = new SuiteResults(Targets.PIPELINE, when);
        results.record(Targets.CHECK_VISIBLE, checkP99, "p50 %d ms", 61);
        return results;
    }

    private static String lineOf(List<String> lines, Target target) {
        return lines.stream()
                .filter(line -> line.contains(target.what()))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no line for " + target.key() + " in\n" + String.join("\n", lines)));
    }

    private static TargetTable.Row rowOf(TargetTable table, Target target) {
        return table.rows().stream()
                .filter(row -> row.target().key().equals(target.key()))
                .findFirst()
                .orElseThrow();
    }

    @Nested
    class Rows {

        @Test
        void everyTargetHasOneRowInTheOrderOfTheIssuesItems() {
            List<TargetTable.Row> rows = new TargetTable(List.of(), null).rows();

            assertEquals(Targets.all().size(), rows.size());
            assertEquals(
                    Targets.all().stream().map(Target::key).toList(),
                    rows.stream().map(row -> row.target().key()).toList());
            List<Integer> items = rows.stream().map(row -> row.target().item()).toList();
            assertEquals(items.stream().sorted().toList(), items);
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), items.stream().distinct().toList());
        }

        @Test
        void theNewestFigureOfATargetWins() {
            SuiteResults reads = new SuiteResults("reads", EARLY);
            reads.record(Targets.LIST_P99_DIRECT, 30, "");
            SuiteResults throughput = new SuiteResults("throughput", LATER);
            throughput.record(Targets.LIST_P99_DIRECT, 10, "");

            TargetTable.Row row = rowOf(new TargetTable(List.of(throughput, reads), null), Targets.LIST_P99_DIRECT);

            assertEquals(10, row.measurement().figure());
            assertEquals("throughput", row.from().suite());
        }

        @Test
        void aFigureFromBeforeTheRunOfAllIsEarlierAndNotCountedAsThisRuns() {
            TargetTable table = new TargetTable(
                    List.of(pipeline(EARLY, 200)), new TargetTable.Invocation(STARTED, Map.of("pipeline", 1)));

            assertTrue(rowOf(table, Targets.CHECK_VISIBLE).earlier());
            assertTrue(lineOf(table.lines(), Targets.CHECK_VISIBLE).contains("EARLIER"));
            assertEquals(0, rowOf(table, Targets.FRESH).measurement().figure());
        }

        @Test
        void itemSevenCountsTheTargetsWithAFigureFromThisRun() {
            TargetTable table = new TargetTable(
                    List.of(pipeline(LATER, 200)), new TargetTable.Invocation(STARTED, Map.of("pipeline", 0)));

            TargetTable.Row fresh = rowOf(table, Targets.FRESH);

            assertEquals(1, fresh.measurement().figure());
            assertFalse(fresh.target().met(fresh.measurement().figure()));
            assertTrue(lineOf(table.lines(), Targets.FRESH).contains("1 of "));
        }
    }

    @Nested
    class Lines {

        @Test
        void aBoundOnTheFigureShowsTheFigureOverItsTargetFirst() {
            String line = lineOf(new TargetTable(List.of(pipeline(LATER, 207)), null).lines(), Targets.CHECK_VISIBLE);

            assertTrue(line.strip().startsWith("0.69  ÷ target  "), line);
            assertTrue(line.contains("207 ms"), line);
            assertTrue(line.contains("≤ 300 ms"), line);
            assertTrue(line.contains("✔"), line);
            assertTrue(line.contains("p50 61 ms"), line);
        }

        @Test
        void aMissedTargetIsCrossed() {
            String line = lineOf(new TargetTable(List.of(pipeline(LATER, 450)), null).lines(), Targets.CHECK_VISIBLE);

            assertTrue(line.strip().startsWith("1.50"), line);
            assertTrue(line.contains("✘"), line);
            assertFalse(line.contains("✔"), line);
        }

        @Test
        void theIssuesOwnRatioComesFirstWithBothFiguresBehindIt() {
            SuiteResults reads = new SuiteResults("reads", LATER);
            reads.ratio(Targets.LIST_VS_NGINX, 949, 1149, "req/s", "median of %d rounds", 3);

            String line = lineOf(new TargetTable(List.of(reads), null).lines(), Targets.LIST_VS_NGINX);

            assertTrue(line.strip().startsWith("0.83  gw / nginx"), line);
            assertTrue(line.contains("949 / 1,149 req/s"), line);
            assertTrue(line.contains("≥ 0.9"), line);
            assertTrue(line.contains("✘"), line);
        }

        @Test
        void aTargetNoSuiteMeasuredSaysNotRunAndWhichSuiteWould() {
            String line = lineOf(new TargetTable(List.of(), null).lines(), Targets.BULK_ALONE);

            assertTrue(line.strip().startsWith("—"), line);
            assertTrue(line.contains("not run"), line);
            assertTrue(line.contains("benchmark/run batch"), line);
        }

        @Test
        void aTargetTheSuiteCouldNotMeasureSaysWhy() {
            SuiteResults batch = new SuiteResults(Targets.BATCH, LATER);
            batch.notMeasured(Targets.BULK_ALONE, "run 1: HTTP 500");

            String line = lineOf(new TargetTable(List.of(batch), null).lines(), Targets.BULK_ALONE);

            assertTrue(line.contains("not measured"), line);
            assertTrue(line.contains("run 1: HTTP 500"), line);
            assertFalse(line.contains("✔") || line.contains("✘"), line);
        }

        @Test
        void vigilUpIsMeasuredByItsOwnSuite() {
            String line = lineOf(new TargetTable(List.of(), null).lines(), Targets.VIGIL_UP);

            assertTrue(line.contains("benchmark/run up"), line);
            assertTrue(line.contains("≤ 30 s"), line);
        }

        @Test
        void eachItemHasAHeadingBeforeItsRows() {
            List<String> lines = new TargetTable(List.of(), null).lines();

            for (int item = 1; item <= 7; item++) {
                String heading = item + "  " + Targets.ITEMS.get(item);
                assertTrue(lines.contains(heading), "no heading " + heading);
            }
            assertTrue(
                    lines.indexOf("1  " + Targets.ITEMS.get(1)) < lines.indexOf(lineOf(lines, Targets.CHECK_VISIBLE)));
            assertTrue(
                    lines.indexOf(lineOf(lines, Targets.CHECK_VISIBLE)) < lines.indexOf("2  " + Targets.ITEMS.get(2)));
        }

        @Test
        void aFailedSuiteOfTheRunOfAllIsSaid() {
            List<String> lines = new TargetTable(
                            List.of(pipeline(LATER, 200)), new TargetTable.Invocation(STARTED, Map.of("batch", 1)))
                    .lines();

            assertTrue(
                    lines.stream().anyMatch(line -> line.contains("batch FAILED (exit 1)")), String.join("\n", lines));
        }
    }
}
