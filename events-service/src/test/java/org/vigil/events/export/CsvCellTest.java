package org.vigil.events.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvCellTest {

    @Test
    void plainTextIsWrittenAsIs() {
        assertEquals("Munich", CsvCell.text("Munich"));
    }

    @Test
    void persianTextIsWrittenAsIs() {
        assertEquals("تجمع در مونیخ", CsvCell.text("تجمع در مونیخ"));
    }

    @Test
    void nullIsAnEmptyCell() {
        assertEquals("", CsvCell.text(null));
        assertEquals("", CsvCell.number(null));
        assertEquals("", CsvCell.decimal(null));
    }

    @Test
    void aCellWithACommaIsQuoted() {
        assertEquals("\"over 250,000\"", CsvCell.text("over 250,000"));
    }

    @Test
    void quotesInsideACellAreDoubled() {
        assertEquals("\"the \"\"largest\"\" rally\"", CsvCell.text("the \"largest\" rally"));
    }

    @Test
    void aCellWithALineBreakIsQuoted() {
        assertEquals("\"first\r\nsecond\"", CsvCell.text("first\r\nsecond"));
    }

    static Stream<Arguments> formulas() {
        return Stream.of(
                Arguments.of("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\""),
                Arguments.of("+1-555", "'+1-555"),
                Arguments.of("-2+3", "'-2+3"),
                Arguments.of("@SUM(A1)", "'@SUM(A1)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formulas")
    void textThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe(String text, String cell) {
        assertEquals(cell, CsvCell.text(text));
    }

    @Test
    void aLeadingTabOrCarriageReturnAlsoGetsTheApostrophe() {
        assertEquals("'\tcmd", CsvCell.text("\tcmd"));
        assertEquals("\"'\rcmd\"", CsvCell.text("\rcmd"));
    }

    @Test
    void aFormulaCharacterInsideTheTextIsHarmless() {
        assertEquals("a=b", CsvCell.text("a=b"));
    }

    @Test
    void aNegativeNumberIsNotText() {
        assertEquals("-73.9857", CsvCell.decimal(-73.9857));
    }

    @Test
    void decimalsAreWrittenWithoutExponent() {
        assertEquals("0.00001", CsvCell.decimal(1.0E-5));
        assertEquals("48", CsvCell.decimal(48.0));
    }
}
