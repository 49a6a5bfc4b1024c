package org.vigil.sources.suggestions;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.sources.quotes.TextNormalisation;

/**
 * Finds the dates a text gives, as EDTF strings: "14 February" is {@code 2026-02-14},
 * "January 2026" is {@code 2026-01}, "between 11 and 20 January" is
 * {@code 2026-01-11/2026-01-20}, "by 1 February" is {@code ../2026-02-01} (on or before), "on
 * Saturday" is the last Saturday on or before publication. Persian dates in the Solar Hijri
 * calendar ("۲۵ بهمن ۱۴۰۴") and Gregorian month names written in Persian are read too.
 *
 * <p>A date without a year takes it from {@link Years}: the publication date's year (the year
 * before when that would put the date after publication), or else the year the document
 * mentions most.
 *
 * <p>Works on text folded by {@link TextNormalisation} (Latin digits, single spaces).
 */
final class DateMentions {

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday",
            DayOfWeek.MONDAY,
            "tuesday",
            DayOfWeek.TUESDAY,
            "wednesday",
            DayOfWeek.WEDNESDAY,
            "thursday",
            DayOfWeek.THURSDAY,
            "friday",
            DayOfWeek.FRIDAY,
            "saturday",
            DayOfWeek.SATURDAY,
            "sunday",
            DayOfWeek.SUNDAY);

    // month names are matched with their capital letter: "may" is a verb, "May" a month
    private static final String MONTH = "(?<month>" + MonthNames.gregorian() + ")\\.?";
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})";
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    private static final Pattern DAY_RANGE = Pattern.compile(
            "\\b(?:(?i:between)\\s+)?(?<d1>\\d{1,2})(?:\\s*-\\s*|\\s+and\\s+|\\s+to\\s+)(?<d2>\\d{1,2})\\s+" + MONTH
                    + "(?:,?\\s+" + YEAR + ")?\\b",
            FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(?<by>(?i:by)\\s+)?(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR
                    + ")?\\b",
            FLAGS);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(?<by>(?i:by)\\s+)?" + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*-\\s*\\d)(?:,?\\s+" + YEAR
                    + ")?\\b",
            FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\s+" + YEAR + "\\b", FLAGS);
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "\\b(?i:in|during|since|from|until|early|mid|late|a|an)[\\s-]+" + MONTH + "\\b(?!\\s+\\d)", FLAGS);
    private static final Pattern PERSIAN = Pattern.compile(
            "(?<day>\\d{1,2})\\s+(?<month>" + MonthNames.solarHijri() + ")"
                    + "(?:\\s+(?<year>1[34]\\d{2}))?(?![\\p{L}])",
            FLAGS);
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?i:on|last)\\s+(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b", FLAGS);

    /** Where a date without a year takes its year from. */
    record Years(LocalDate publishedOn, Integer documentYear) {

        /** The year of a month and day the text gives without one, or null when nothing says. */
        Integer yearOf(int month, int day) {
            if (publishedOn != null) {
                int year = publishedOn.getYear();
                try {
                    return LocalDate.of(year, month, day).isAfter(publishedOn) ? year - 1 : year;
                } catch (DateTimeException e) {
                    return year; // 29 February in a common year: let validation reject it
                }
            }
            return documentYear;
        }

        /** The years of a Solar Hijri month and day the text gives without one. */
        Integer persianYearOf(int month, int day) {
            Integer year = yearOf(1, 1);
            if (year == null) {
                return null;
            }
            // the Solar Hijri year overlapping the Gregorian one by this month
            LocalDate sameYear = PersianCalendar.toGregorian(year - 621, month, day);
            return sameYear.getYear() == year ? year - 621 : year - 622;
        }
    }

    /** The dates in {@code text}, in order, never two over the same words. */
    List<DateMention> in(String text, Years years) {
        List<DateMention> found = new ArrayList<>();
        collect(found, DAY_RANGE.matcher(text), m -> {
            int month = MonthNames.gregorianMonth(m.group("month"));
            Integer year = m.group("year") != null
                    ? Integer.valueOf(m.group("year"))
                    : years.yearOf(month, Integer.parseInt(m.group("d2")));
            if (year == null) {
                return null;
            }
            LocalDate from = LocalDate.of(year, month, Integer.parseInt(m.group("d1")));
            LocalDate to = LocalDate.of(year, month, Integer.parseInt(m.group("d2")));
            return from.isBefore(to) ? from + "/" + to : null;
        });
        for (Pattern p : List.of(DAY_MONTH, MONTH_DAY)) {
            collect(found, p.matcher(text), m -> {
                int month = MonthNames.gregorianMonth(m.group("month"));
                int day = Integer.parseInt(m.group("day"));
                Integer year = m.group("year") != null ? Integer.valueOf(m.group("year")) : years.yearOf(month, day);
                if (year == null) {
                    return null;
                }
                String date = LocalDate.of(year, month, day).toString();
                return m.group("by") != null ? "../" + date : date;
            });
        }
        collect(found, PERSIAN.matcher(text), m -> {
            int month = MonthNames.solarHijriMonth(m.group("month"));
            int day = Integer.parseInt(m.group("day"));
            Integer year = m.group("year") != null ? Integer.valueOf(m.group("year")) : years.persianYearOf(month, day);
            return year == null
                    ? null
                    : PersianCalendar.toGregorian(year, month, day).toString();
        });
        collect(
                found,
                MONTH_YEAR.matcher(text),
                m -> YearMonth.of(Integer.parseInt(m.group("year")), MonthNames.gregorianMonth(m.group("month")))
                        .toString());
        collect(found, MONTH_ALONE.matcher(text), m -> {
            int month = MonthNames.gregorianMonth(m.group("month"));
            Integer year = years.yearOf(month, 1);
            return year == null ? null : YearMonth.of(year, month).toString();
        });
        if (years.publishedOn() != null) {
            collect(
                    found,
                    WEEKDAY.matcher(text),
                    m -> years.publishedOn()
                            .with(TemporalAdjusters.previousOrSame(
                                    WEEKDAYS.get(m.group("weekday").toLowerCase(Locale.ROOT))))
                            .toString());
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    /** The year a document mentions most (the latest of equals), or null when it names none. */
    static Integer documentYear(String text) {
        Matcher m = Pattern.compile("(?<![\\d,.])(?:19|20)\\d{2}(?![\\d,])").matcher(text);
        Map<Integer, Integer> counts = new HashMap<>();
        while (m.find()) {
            counts.merge(Integer.parseInt(m.group()), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private interface Reading {
        String edtf(Matcher m);
    }

    private static void collect(List<DateMention> found, Matcher m, Reading reading) {
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (found.stream().anyMatch(d -> d.start() < end && start < d.end())) {
                continue;
            }
            try {
                String edtf = reading.edtf(m);
                if (edtf != null) {
                    found.add(new DateMention(start, end, edtf));
                }
            } catch (DateTimeException e) {
                // "31 February" and the like: not a date
            }
        }
    }
}
