package org.vigil.contracts.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an event happened, as an Extended Date/Time Format (ISO 8601-2, EDTF) string: the subset
 * of level 0 and level 1 a protest record needs.
 *
 * <ul>
 *   <li>a day {@code 2026-02-14}, a month {@code 2026-01} or a year {@code 2026};
 *   <li>an interval of two of those, {@code 2026-01-11/2026-01-20} or {@code 2026-01/2026-02};
 *   <li>an interval open at one end with {@code ..}: {@code 2026-01/..} (still going on, or its
 *       end is not known) and {@code ../2026-02} (its start is not known).
 * </ul>
 *
 * <p>Not accepted: a time of day (the record keeps local time beside the date, because EDTF times
 * would drag time zones into a field that is compared and indexed as calendar days), the
 * qualifiers {@code ? ~ %}, unspecified digits {@code X}, seasons, and the empty "unknown" end
 * of an interval ({@code /2026-02}); write {@code ..} for an end that is not known.
 *
 * <p>{@link #start()} and {@link #end()} are the first and last calendar day the date covers, so
 * a month runs from its 1st to its last day. A query "from..to" matches an event whose days
 * overlap it, see {@link #overlaps(LocalDate, LocalDate)}.
 */
public final class EdtfDate {

    /**
     * How exactly the date is known. docs/product.md §2 names {@code day}, {@code month}, {@code range} and
     * {@code open}; {@code year} is added for a bare year such as {@code 2026}, which is neither a
     * month nor an interval, and calling it either would overstate or misdescribe what a source
     * said.
     */
    public enum Precision {
        DAY("day"),
        MONTH("month"),
        YEAR("year"),
        /** An interval with both ends known. */
        RANGE("range"),
        /** An interval with one end open ({@code ..}). */
        OPEN("open");

        private final String wire;

        Precision(String wire) {
            this.wire = wire;
        }

        @JsonValue
        public String wire() {
            return wire;
        }

        @Override
        public String toString() {
            return wire;
        }
    }

    private static final String OPEN_END = "..";
    private static final Pattern SINGLE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final int MAX_INPUT = 64;

    private final String text;
    private final LocalDate start;
    private final LocalDate end;
    private final Precision precision;

    private EdtfDate(String text, LocalDate start, LocalDate end, Precision precision) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.precision = precision;
    }

    /**
     * Reads an EDTF string. Surrounding whitespace is ignored.
     *
     * @throws IllegalArgumentException with a message that can be shown to the person who typed
     *     it, when the text is not a date this record accepts
     */
    @JsonCreator
    public static EdtfDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a date is required, e.g. 2026-02-14");
        }
        if (text.length() > MAX_INPUT) {
            throw new IllegalArgumentException("not an EDTF date: too long");
        }
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        if (slash < 0) {
            Single single = Single.parse(trimmed);
            return new EdtfDate(trimmed, single.first(), single.last(), single.precision());
        }
        if (trimmed.indexOf('/', slash + 1) >= 0) {
            throw invalid(trimmed, "an interval has exactly one '/'");
        }
        String left = trimmed.substring(0, slash);
        String right = trimmed.substring(slash + 1);
        if (left.isEmpty() || right.isEmpty()) {
            throw invalid(trimmed, "write '..' for an end that is not known");
        }
        if (OPEN_END.equals(left) && OPEN_END.equals(right)) {
            throw invalid(trimmed, "at least one end of an interval must be a date");
        }
        LocalDate start = OPEN_END.equals(left) ? null : Single.parse(left).first();
        LocalDate end = OPEN_END.equals(right) ? null : Single.parse(right).last();
        if (start != null && end != null && end.isBefore(start)) {
            throw invalid(trimmed, "the interval ends before it starts");
        }
        Precision precision = start == null || end == null ? Precision.OPEN : Precision.RANGE;
        return new EdtfDate(trimmed, start, end, precision);
    }

    /** The single day {@code day}. */
    public static EdtfDate of(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return parse(day.toString());
    }

    /** Whether {@code text} is a date {@link #parse} accepts. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The first day the date covers; {@code null} when the start is open ({@code ../2026-02}). */
    public LocalDate start() {
        return start;
    }

    /** The last day the date covers; {@code null} when the end is open ({@code 2026-01/..}). */
    public LocalDate end() {
        return end;
    }

    public Precision precision() {
        return precision;
    }

    /** Whether one end of the interval is open. */
    public boolean isOpen() {
        return precision == Precision.OPEN;
    }

    /**
     * The start as written, at the precision the source gave it ({@code 2026-01} for a month):
     * an ISO 8601 date of reduced precision, as schema.org's {@code startDate} accepts.
     * {@code null} when the start is open.
     */
    public String startText() {
        int slash = text.indexOf('/');
        String part = slash < 0 ? text : text.substring(0, slash);
        return OPEN_END.equals(part) ? null : part;
    }

    /** The end as written, like {@link #startText()}; {@code null} when the end is open. */
    public String endText() {
        int slash = text.indexOf('/');
        String part = slash < 0 ? text : text.substring(slash + 1);
        return OPEN_END.equals(part) ? null : part;
    }

    /**
     * Whether any day of this date falls within {@code from..to} (both inclusive, either may be
     * {@code null} for no bound). An open end reaches indefinitely far.
     */
    public boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsBeforeWindowEnds = to == null || start == null || !start.isAfter(to);
        boolean endsAfterWindowStarts = from == null || end == null || !end.isBefore(from);
        return startsBeforeWindowEnds && endsAfterWindowStarts;
    }

    /** The canonical EDTF text, e.g. {@code 2026-01-11/2026-01-20}. */
    @JsonValue
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EdtfDate that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("not an EDTF date '" + text + "': " + why);
    }

    /** One day, month or year: the parts an interval is made of. */
    private record Single(LocalDate first, LocalDate last, Precision precision) {

        static Single parse(String text) {
            Matcher m = SINGLE.matcher(text);
            if (!m.matches()) {
                throw invalid(text, "expected YYYY, YYYY-MM or YYYY-MM-DD");
            }
            int year = Integer.parseInt(m.group(1));
            try {
                if (m.group(2) == null) {
                    return new Single(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
                }
                YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
                if (m.group(3) == null) {
                    return new Single(month.atDay(1), month.atEndOfMonth(), Precision.MONTH);
                }
                LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
                return new Single(day, day, Precision.DAY);
            } catch (DateTimeException e) {
                throw invalid(text, "no such " + (m.group(3) == null ? "month" : "day"));
            }
        }
    }
}
