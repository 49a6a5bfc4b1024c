package org.vigil.events.export;

import java.math.BigDecimal;

/**
 * One cell of an RFC 4180 CSV line, as text ready to join with commas.
 *
 * <p>Text cells are defended against CSV (formula) injection: a spreadsheet opening the file
 * would run a cell starting with {@code = + - @}, a tab or a carriage return as a formula, and
 * Vigil's text comes from the public. Such a cell gets a leading apostrophe, which spreadsheets
 * show as text and hide, as OWASP recommends. The apostrophe stays visible to a program reading the
 * CSV; that is the accepted price, and it only touches text that starts with one of those
 * characters. Numbers Vigil formats itself (a negative longitude) are not text and are left alone.
 *
 * <p>A cell holding a comma, a double quote or a line break is quoted, with inner quotes doubled
 * (RFC 4180 §2.6, §2.7).
 */
final class CsvCell {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCell() {}

    /** A text cell; {@code null} is an empty cell. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String defended = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return quoted(defended);
    }

    /** A whole-number cell; {@code null} is an empty cell. */
    static String number(Long value) {
        return value == null ? "" : Long.toString(value);
    }

    /** A decimal cell in plain notation (no exponent); {@code null} is an empty cell. */
    static String decimal(Double value) {
        return value == null
                ? ""
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String quoted(String value) {
        boolean needsQuotes = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
