package org.vigil.benchmark;

/**
 * What a suite measured for one target: the figure the bound applies to ({@code NaN} when it was
 * not measured), how to show it (for a ratio, the two figures it divides), and a note (the
 * conditions worth knowing, or why there is no figure).
 */
record Measurement(String key, double figure, String shown, String note) {

    static Measurement notMeasured(Target target, String why) {
        return new Measurement(target.key(), Double.NaN, "not measured", why);
    }

    boolean measured() {
        return !Double.isNaN(figure);
    }
}
