package org.vigil.sources.suggestions;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The Solar Hijri calendar Iranian sources date events in: 25 Bahman 1404 is 14 February 2026.
 * The arithmetic is the 33-year-cycle rule that Iranian date libraries use; it is right for the
 * decades around the present, which is all a record of current protests needs, and the tests pin
 * it to known New Year's days and leap years.
 */
final class PersianCalendar {

    private PersianCalendar() {}

    /**
     * The Gregorian date of Solar Hijri {@code year}/{@code month}/{@code day}.
     *
     * @throws DateTimeException when the month or day does not exist
     */
    static LocalDate toGregorian(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) {
            throw new DateTimeException("no such Solar Hijri date: " + year + "/" + month + "/" + day);
        }
        long jy = year + 1595L;
        long days = -355668
                + 365 * jy
                + (jy / 33) * 8
                + ((jy % 33) + 3) / 4
                + day
                + (month < 7 ? (month - 1) * 31L : (month - 7) * 30L + 186);
        long gy = 400 * (days / 146097);
        days %= 146097;
        if (days > 36524) {
            days--;
            gy += 100 * (days / 36524);
            days %= 36524;
            if (days >= 365) {
                days++;
            }
        }
        gy += 4 * (days / 1461);
        days %= 1461;
        if (days > 365) {
            gy += (days - 1) / 365;
            days = (days - 1) % 365;
        }
        LocalDate date = LocalDate.ofYearDay((int) gy, (int) days + 1);
        if (month == 12 && day == 30 && toGregorian(year + 1, 1, 1).minusDays(1).isBefore(date)) {
            throw new DateTimeException(year + " is not a Solar Hijri leap year: Esfand has 29 days");
        }
        return date;
    }
}
