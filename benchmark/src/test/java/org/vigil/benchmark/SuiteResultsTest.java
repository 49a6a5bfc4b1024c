package org.vigil.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A suite's figures against issue 14's targets, one line each, read back as written. */
class SuiteResultsTest {

    private static final Instant WHEN = Instant.parse("2026-12-05T17:30:00Z");

    @TempDir
    Path root;

    @Test
    void whatIsWrittenIsReadBack() throws Exception {
        SuiteResults written = new SuiteResults(Targets.BATCH, WHEN);
        written.conditions("%,d reports\ta batch", 1000);
        written.record(Targets.BULK_ALONE, 4.2, "runs: %s\tms", "4,100, 4,200");

        SuiteResults read = SuiteResults.read(written.write(root));

        assertEquals(Targets.BATCH, read.suite());
        assertEquals(WHEN, read.measured());
        assertEquals("1,000 reports a batch", read.conditions());
        Measurement bulk = read.of(Targets.BULK_ALONE.key()).orElseThrow();
        assertEquals(4.2, bulk.figure());
        assertEquals("4.2 s", bulk.shown());
        assertEquals("runs: 4,100, 4,200 ms", bulk.note());
    }

    @Test
    void eachLineSaysTheFigureTheTargetTheRatioAndTheVerdict() throws Exception {
        SuiteResults results = new SuiteResults(Targets.BATCH, WHEN);
        results.record(Targets.BULK_ALONE, 12.5, "");

        List<String> lines = Files.readAllLines(results.write(root));

        assertEquals(SuiteResults.HEADER, lines.get(3));
        String[] fields = lines.get(4).split("\t", -1);
        assertEquals(
                List.of("4", "writes.bulk.batch", Targets.BULK_ALONE.what(), "12.5", "s", "≤ 10 s", "1.25", "missed"),
                List.of(fields).subList(0, 8));
    }

    @Test
    void aTargetOfTheSuiteWithoutAFigureIsWrittenAsNotMeasured() throws Exception {
        SuiteResults results = new SuiteResults(Targets.PIPELINE, WHEN);
        results.record(Targets.CHECK_VISIBLE, 250, "");

        SuiteResults read = SuiteResults.read(results.write(root));

        assertEquals(
                Targets.measuredBy(Targets.PIPELINE).size(), read.measurements().size());
        Measurement feed = read.of(Targets.IN_CHANGE_FEED.key()).orElseThrow();
        assertFalse(feed.measured());
        assertEquals("this run recorded no figure for it", feed.note());
        assertTrue(read.of(Targets.CHECK_VISIBLE.key()).orElseThrow().measured());
    }

    @Test
    void noFigureIsNotMeasuredRatherThanNaN() {
        SuiteResults results = new SuiteResults(Targets.PIPELINE, WHEN);
        results.record(Targets.CHECK_VISIBLE, Double.NaN, "wrk said nothing");
        results.ratio(Targets.REPORTS_VS_PGBENCH, 40, Double.NaN, "per s", "");

        assertFalse(results.of(Targets.CHECK_VISIBLE.key()).orElseThrow().measured());
        assertFalse(results.of(Targets.REPORTS_VS_PGBENCH.key()).orElseThrow().measured());
    }

    @Test
    void aRatioIsTheIssuesOwnAndShowsBothFigures() {
        SuiteResults results = new SuiteResults(Targets.PIPELINE, WHEN);
        results.ratio(Targets.REPORTS_VS_PGBENCH, 45.2, 410, "per s", "");

        Measurement ratio = results.of(Targets.REPORTS_VS_PGBENCH.key()).orElseThrow();

        assertEquals(45.2 / 410, ratio.figure(), 1e-9);
        assertEquals("45.2 / 410 per s", ratio.shown());
        assertFalse(Targets.REPORTS_VS_PGBENCH.met(ratio.figure()));
    }
}
