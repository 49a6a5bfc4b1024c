package org.vigil.web.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.web.api.Counts;

class TimelinePlotTest {

    private static Counts days(Object... dayAndCount) {
        List<Counts.Group> groups = new java.util.ArrayList<>();
        for (int i = 0; i < dayAndCount.length; i += 2) {
            groups.add(new Counts.Group((String) dayAndCount[i], ((Number) dayAndCount[i + 1]).longValue()));
        }
        return new Counts(groups);
    }

    @Test
    void kindsOfOneDayStackIntoOneColumnAsTallAsTheirSum() {
        TimelinePlot plot = TimelinePlot.of(Map.of(
                "rally", days("2026-02-14", 30),
                "attack", days("2026-02-14", 10)));
        assertEquals(40, plot.peak());
        assertEquals(2, plot.bars().size());
        TimelinePlot.Bar rally = plot.bars().get(0);
        TimelinePlot.Bar attack = plot.bars().get(1);
        assertEquals(rally.x(), attack.x());
        assertEquals(plot.baseline(), rally.y() + rally.height(), 0.2);
        assertEquals(rally.y(), attack.y() + attack.height(), 0.2);
    }

    @Test
    void daysWithoutEventsAreGapsOnTheAxis() {
        TimelinePlot plot = TimelinePlot.of(Map.of("rally", days("2026-01-01", 1, "2026-01-11", 1)));
        assertEquals("2026-01-01", plot.first());
        assertEquals("2026-01-11", plot.last());
        assertTrue(plot.bars().get(1).x() - plot.bars().get(0).x() > 500, "ten days apart");
    }

    @Test
    void eachKindIsTotalledForTheLegend() {
        TimelinePlot plot = TimelinePlot.of(Map.of("rally", days("2026-01-11", 3, "2026-01-12", 4)));
        assertEquals(List.of(new TimelinePlot.KindTotal("rally", 7)), plot.kinds());
    }

    @Test
    void noCountsIsAnEmptyPlot() {
        assertTrue(TimelinePlot.of(Map.of()).isEmpty());
        assertTrue(TimelinePlot.of(Map.of("rally", days("not a day", 3))).isEmpty());
    }

    @Test
    void aLongRecordKeepsItsMostRecentYear() {
        TimelinePlot plot = TimelinePlot.of(Map.of("rally", days("2020-01-01", 1, "2026-02-14", 2)));
        assertEquals("2025-02-14", plot.first());
        assertEquals(1, plot.bars().size());
    }

    @Test
    void aQuarterOrLessIsDrawnDayByDay() {
        TimelinePlot plot = TimelinePlot.of(Map.of("rally", days("2026-01-01", 1, "2026-03-31", 1)));
        assertFalse(plot.weekly());
        assertEquals(2, plot.bars().size());
    }

    @Test
    void aLongerSpanIsDrawnWeekByWeekFromMonday() {
        // Monday 2026-01-05 and the Sunday after are one week; 2026-06-01 is a Monday
        TimelinePlot plot = TimelinePlot.of(Map.of(
                "rally", days("2026-01-05", 2, "2026-01-11", 3, "2026-06-03", 4),
                "attack", days("2026-01-07", 1)));
        assertTrue(plot.weekly());
        assertEquals(
                List.of("2026-01-05 rally 5", "2026-01-05 attack 1", "2026-06-01 rally 4"),
                plot.bars().stream()
                        .map(bar -> bar.day() + " " + bar.kind() + " " + bar.count())
                        .toList());
        assertEquals(6, plot.peak());
    }

    @Test
    void aYearOfDailyCountsStaysAFewHundredBars() {
        Object[] year = new Object[2 * 365];
        for (int day = 0; day < 365; day++) {
            year[2 * day] = java.time.LocalDate.of(2025, 1, 1).plusDays(day).toString();
            year[2 * day + 1] = 10;
        }
        TimelinePlot plot =
                TimelinePlot.of(Map.of("rally", days(year), "attack", days(year), "counter_protest", days(year)));
        assertTrue(plot.bars().size() <= 3 * 53, plot.bars().size() + " bars");
    }
}
