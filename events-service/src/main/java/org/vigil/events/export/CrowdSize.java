package org.vigil.events.export;

import org.vigil.contracts.vocabulary.Qualifier;
import org.vigil.events.record.Figure;
import org.vigil.events.record.FigureClaim;

/**
 * An attendance figure in words, as ACLED writes crowd sizes in its {@code tags} column
 * ({@code crowd size=over 250,000}). One claim is told in its own qualifier ("over", "around",
 * "up to"); several are told as the range they span, marked when they disagree.
 */
final class CrowdSize {

    static final String NO_REPORT = "no report";

    private CrowdSize() {}

    static String of(Figure attendance) {
        if (attendance == null) {
            return NO_REPORT;
        }
        if (attendance.claims().size() == 1) {
            return of(attendance.claims().get(0));
        }
        String span = span(attendance.low(), attendance.high());
        return attendance.disputed() ? span + " (disputed)" : span;
    }

    private static String of(FigureClaim claim) {
        Qualifier qualifier = claim.qualifier();
        return switch (qualifier) {
            case EXACT -> number(claim.low());
            case ABOUT -> "around " + number(claim.low());
            case OVER -> "over " + number(claim.low());
            case AT_LEAST -> "at least " + number(claim.low());
            case UNDER -> "under " + number(claim.high());
            case UP_TO -> "up to " + number(claim.high());
            case RANGE -> span(claim.low(), claim.high());
        };
    }

    private static String span(Long low, Long high) {
        if (low != null && high != null) {
            return low.equals(high) ? number(low) : "between " + number(low) + " and " + number(high);
        }
        if (low != null) {
            return "at least " + number(low);
        }
        return high != null ? "up to " + number(high) : "unknown";
    }

    /** {@code 250,000}: English digit grouping, by hand because {@code String.format} is slow per row. */
    static String number(long n) {
        String digits = Long.toString(n);
        int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3).append(digits, 0, head);
        for (int i = head; i < digits.length(); i += 3) {
            grouped.append(',').append(digits, i, i + 3);
        }
        return grouped.toString();
    }
}
