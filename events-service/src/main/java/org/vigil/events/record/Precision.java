package org.vigil.events.record;

import java.time.temporal.ChronoUnit;
import org.vigil.contracts.claims.Place;
import org.vigil.contracts.vocabulary.EdtfDate;

/**
 * Which of two places or two dates says more: what a merge keeps. A place is finer the smaller its
 * unit (venue, city, region, country); a date the fewer days it covers, an open one covering
 * forever.
 */
final class Precision {

    private Precision() {}

    /** Whether {@code candidate} is strictly finer than {@code current}; values of other types never are. */
    static boolean finer(Object candidate, Object current) {
        if (candidate instanceof Place place && current instanceof Place other) {
            return rank(place) < rank(other);
        }
        if (candidate instanceof EdtfDate date && current instanceof EdtfDate other) {
            return days(date) < days(other);
        }
        return false;
    }

    /** 0 for a venue up to 3 for a country; a place with no precision (an online incident) is the vaguest. */
    private static int rank(Place place) {
        return place.precision() == null ? Integer.MAX_VALUE : place.precision().ordinal();
    }

    private static long days(EdtfDate date) {
        return date.start() == null || date.end() == null
                ? Long.MAX_VALUE
                : ChronoUnit.DAYS.between(date.start(), date.end()) + 1;
    }
}
