package org.vigil.web.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigil.web.api.Counts;
import org.vigil.web.api.EventFilter;

/**
 * Events per day, stacked by kind, laid out for an SVG the server draws: the plot works with
 * JavaScript off and costs a phone nothing to render. Coordinates are in the SVG's own units
 * ({@link #WIDTH} × {@link #HEIGHT}); the stylesheet scales it to the page.
 */
public record TimelinePlot(
        List<Bar> bars, List<Tick> ticks, List<KindTotal> kinds, long peak, String first, String last, boolean weekly) {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 180;
    static final int LEFT = 36;
    static final int BOTTOM = 22;
    static final int TOP = 8;
    /** Beyond this many days the plot would be bars thinner than a pixel: the most recent ones are kept. */
    static final int MAX_DAYS = 366;
    /**
     * Beyond this many days a bar stands for a week (from Monday): a year of days by kind would be
     * close to two thousand bars, and the page a reader on a slow connection waits for grows with them.
     */
    static final int MAX_DAILY_DAYS = 92;

    /** One kind's share of one day, or of one week from {@code day} on when the plot is weekly. */
    public record Bar(double x, double y, double width, double height, String kind, String day, long count) {}

    /** A label on an axis: a day below ({@code count} null), a count on the side ({@code day} null). */
    public record Tick(double x, double y, String day, Long count, String anchor) {}

    public record KindTotal(String kind, long count) {}

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public double baseline() {
        return HEIGHT - BOTTOM;
    }

    public double left() {
        return LEFT;
    }

    /**
     * @param perKind for each kind, its events counted per day ({@code groupBy=day})
     */
    public static TimelinePlot of(Map<String, Counts> perKind) {
        Map<LocalDate, Map<String, Long>> days = new TreeMap<>();
        List<KindTotal> kinds = new ArrayList<>();
        for (String kind : EventFilter.KINDS) {
            Counts counts = perKind.get(kind);
            if (counts == null) {
                continue;
            }
            long total = 0;
            for (Counts.Group group : counts.groups()) {
                LocalDate day = parse(group.key());
                if (day != null && group.count() > 0) {
                    days.computeIfAbsent(day, d -> new TreeMap<>()).merge(kind, group.count(), Long::sum);
                    total += group.count();
                }
            }
            if (total > 0) {
                kinds.add(new KindTotal(kind, total));
            }
        }
        if (days.isEmpty()) {
            return new TimelinePlot(List.of(), List.of(), List.of(), 0, null, null, false);
        }
        LocalDate last = ((TreeMap<LocalDate, Map<String, Long>>) days).lastKey();
        LocalDate first = ((TreeMap<LocalDate, Map<String, Long>>) days).firstKey();
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            first = last.minusDays(MAX_DAYS - 1);
        }
        boolean weekly = ChronoUnit.DAYS.between(first, last) >= MAX_DAILY_DAYS;
        TreeMap<LocalDate, Map<String, Long>> buckets = new TreeMap<>();
        for (Map.Entry<LocalDate, Map<String, Long>> day : days.entrySet()) {
            if (!day.getKey().isBefore(first)) {
                Map<String, Long> bucket =
                        buckets.computeIfAbsent(bucketOf(day.getKey(), weekly), d -> new TreeMap<>());
                day.getValue().forEach((kind, count) -> bucket.merge(kind, count, Long::sum));
            }
        }
        LocalDate firstBucket = bucketOf(first, weekly);
        long span = slotsBetween(firstBucket, bucketOf(last, weekly), weekly) + 1;
        double plotWidth = WIDTH - LEFT - 4;
        double slot = plotWidth / span;
        // a few days must not make bars as wide as the plot
        double barWidth = Math.max(1, Math.min(24, slot * 0.8));
        double plotHeight = HEIGHT - BOTTOM - TOP;
        long peak = buckets.values().stream()
                .mapToLong(kindsOfDay ->
                        kindsOfDay.values().stream().mapToLong(Long::longValue).sum())
                .max()
                .orElse(1);

        List<Bar> bars = new ArrayList<>();
        for (Map.Entry<LocalDate, Map<String, Long>> bucket : buckets.entrySet()) {
            double x = LEFT + slotsBetween(firstBucket, bucket.getKey(), weekly) * slot + (slot - barWidth) / 2;
            double stacked = 0;
            for (String kind : EventFilter.KINDS) {
                Long count = bucket.getValue().get(kind);
                if (count == null) {
                    continue;
                }
                double height = plotHeight * count / peak;
                stacked += height;
                bars.add(new Bar(
                        round(x),
                        round(HEIGHT - BOTTOM - stacked),
                        round(barWidth),
                        round(height),
                        kind,
                        bucket.getKey().toString(),
                        count));
            }
        }

        List<Tick> ticks = new ArrayList<>();
        int labels = (int) Math.min(span, 5);
        for (int i = 0; i < labels; i++) {
            long offset = labels == 1 ? 0 : Math.round((span - 1) * (double) i / (labels - 1));
            // the first and last labels grow inwards, so neither is cut at the plot's edge
            String anchor = labels == 1 ? "middle" : i == 0 ? "start" : i == labels - 1 ? "end" : "middle";
            double x = i == 0 ? LEFT : i == labels - 1 ? WIDTH - 4 : LEFT + offset * slot + slot / 2;
            LocalDate label = weekly ? firstBucket.plusWeeks(offset) : first.plusDays(offset);
            ticks.add(new Tick(round(x), HEIGHT - 6, label.toString(), null, anchor));
        }
        ticks.add(new Tick(LEFT - 6, TOP + 10, null, peak, "end"));
        ticks.add(new Tick(LEFT - 6, HEIGHT - BOTTOM, null, 0L, "end"));
        return new TimelinePlot(
                List.copyOf(bars),
                List.copyOf(ticks),
                List.copyOf(kinds),
                peak,
                first.toString(),
                last.toString(),
                weekly);
    }

    private static LocalDate bucketOf(LocalDate day, boolean weekly) {
        return weekly ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
    }

    private static long slotsBetween(LocalDate from, LocalDate to, boolean weekly) {
        return weekly ? ChronoUnit.WEEKS.between(from, to) : ChronoUnit.DAYS.between(from, to);
    }

    private static LocalDate parse(String key) {
        try {
            return key == null ? null : LocalDate.parse(key);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
