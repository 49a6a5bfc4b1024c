package org.vigil.sources.suggestions;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The names texts give the months by, each list in calendar order so that a name's place is its
 * month: English (and its abbreviations), the Gregorian months as Persian writes them, and the
 * months of the Solar Hijri calendar.
 */
final class MonthNames {

    private static final List<String> ENGLISH = List.of(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December");

    /** Each abbreviation's month is the English name it begins; "Sept" stands before "Sep" to match whole. */
    private static final List<String> ABBREVIATIONS =
            List.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec");

    private static final List<String> GREGORIAN_IN_PERSIAN = List.of(
            "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر");

    private static final List<String> SOLAR_HIJRI = List.of(
            "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند");

    private static final Map<String, Integer> GREGORIAN = gregorianByName();

    private MonthNames() {}

    /** The English names and abbreviations as a regex alternation, every name before its abbreviation. */
    static String english() {
        return String.join("|", ENGLISH) + "|" + String.join("|", ABBREVIATIONS);
    }

    /** {@link #english()} and the Gregorian months as Persian writes them, as a regex alternation. */
    static String gregorian() {
        return english() + "|" + String.join("|", GREGORIAN_IN_PERSIAN);
    }

    /** The Solar Hijri months as a regex alternation. */
    static String solarHijri() {
        return String.join("|", SOLAR_HIJRI);
    }

    /** The month (1 to 12) of a Gregorian month's name, abbreviation (a trailing dot allowed) or Persian name. */
    static int gregorianMonth(String name) {
        return GREGORIAN.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** The month (1 to 12) of a Solar Hijri month's name. */
    static int solarHijriMonth(String name) {
        return SOLAR_HIJRI.indexOf(name) + 1;
    }

    private static String fullName(String abbreviation) {
        return ENGLISH.stream()
                .filter(name -> name.startsWith(abbreviation))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, Integer> gregorianByName() {
        Map<String, Integer> months = new HashMap<>();
        IntStream.range(0, 12).forEach(i -> {
            months.put(ENGLISH.get(i).toLowerCase(Locale.ROOT), i + 1);
            months.put(GREGORIAN_IN_PERSIAN.get(i), i + 1);
        });
        ABBREVIATIONS.forEach(abbreviation ->
                months.put(abbreviation.toLowerCase(Locale.ROOT), ENGLISH.indexOf(fullName(abbreviation)) + 1));
        return Map.copyOf(months);
    }
}
