package org.vigil.benchmark;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One of issue 14's targets as the benchmark checks it: its item, what is measured, and the bound a
 * figure must keep. {@code basis} names the ratio the table shows first: {@code ÷ target} for a bound
 * on the figure itself, or the issue's own ratio ({@code gw / nginx}, {@code direct / SQL}), whose
 * value is then the figure that is bounded. {@code suites} are the {@code benchmark/run} suites that
 * measure it.
 */
record Target(int item, String key, String what, Bound bound, double limit, String unit, String basis, String suites) {

    /** The figure's own ratio to the target. */
    static final String OF_TARGET = "÷ target";

    enum Bound {
        AT_MOST,
        AT_LEAST,
        /** Reported beside the targets, without one of its own. */
        REPORTED
    }

    static Target atMost(int item, String key, String suites, String what, double limit, String unit) {
        return new Target(item, key, what, Bound.AT_MOST, limit, unit, OF_TARGET, suites);
    }

    static Target atLeast(int item, String key, String suites, String what, double limit, String unit) {
        return new Target(item, key, what, Bound.AT_LEAST, limit, unit, OF_TARGET, suites);
    }

    /** A bound on a ratio of two figures measured in the same run, e.g. the gateway's requests/s over nginx's. */
    static Target ratio(int item, String key, String suites, String what, String basis, Bound bound, double limit) {
        return new Target(item, key, what, bound, limit, "", basis, suites);
    }

    static Target reported(int item, String key, String suites, String what, String unit) {
        return new Target(item, key, what, Bound.REPORTED, Double.NaN, unit, "", suites);
    }

    boolean hasBound() {
        return bound == Bound.AT_MOST || bound == Bound.AT_LEAST;
    }

    boolean measuredBy(String suite) {
        return List.of(suites.split(" ")).contains(suite);
    }

    /** The ratio shown first: the figure over the target, or the issue's own ratio (the figure itself). */
    double ratio(double figure) {
        if (!hasBound()) {
            return Double.NaN;
        }
        return basis.equals(OF_TARGET) ? figure / limit : figure;
    }

    boolean met(double figure) {
        return bound == Bound.AT_MOST ? figure <= limit : bound == Bound.AT_LEAST && figure >= limit;
    }

    /** {@code ≤ 300 ms}, {@code ≥ 0.9}, {@code reported}. */
    String limitText() {
        return switch (bound) {
            case AT_MOST -> "≤ " + number(limit) + suffix();
            case AT_LEAST -> "≥ " + number(limit) + suffix();
            case REPORTED -> "reported";
        };
    }

    /** A figure in this target's unit: {@code 207 ms}, {@code 3.4 ms}, {@code 0.83}. */
    String figureText(double figure) {
        return decimal(figure) + suffix();
    }

    private String suffix() {
        return unit.isEmpty() ? "" : " " + unit;
    }

    /** A limit as written in the issue: {@code 1,000}, {@code 0.9}, {@code 238}. */
    static String number(double value) {
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        if (exact.scale() <= 0) {
            return String.format(Locale.ROOT, "%,d", exact.longValueExact());
        }
        return exact.toPlainString();
    }

    /** A measured figure to three significant digits or so: {@code 1,625}, {@code 207}, {@code 10.3}, {@code 3.4}, {@code 0.83}. */
    static String decimal(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, magnitude >= 1 ? "%.1f" : "%.2f", value);
    }
}
