package org.vigil.contracts.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.contracts.vocabulary.EdtfDate.Precision;

class EdtfDateTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class SingleDates {

        @Test
        void aDayStartsAndEndsOnThatDay() {
            EdtfDate date = EdtfDate.parse("2026-02-14");
            assertEquals(day("2026-02-14"), date.start());
            assertEquals(day("2026-02-14"), date.end());
            assertEquals(Precision.DAY, date.precision());
        }

        @Test
        void aMonthRunsFromItsFirstToItsLastDay() {
            EdtfDate date = EdtfDate.parse("2026-02");
            assertEquals(day("2026-02-01"), date.start());
            assertEquals(day("2026-02-28"), date.end());
            assertEquals(Precision.MONTH, date.precision());
        }

        @Test
        void aMonthInALeapYearEndsOnThe29th() {
            assertEquals(day("2028-02-29"), EdtfDate.parse("2028-02").end());
        }

        @Test
        void aYearRunsFromJanuaryFirstToDecember31stWithYearPrecision() {
            EdtfDate date = EdtfDate.parse("2026");
            assertEquals(day("2026-01-01"), date.start());
            assertEquals(day("2026-12-31"), date.end());
            assertEquals(Precision.YEAR, date.precision());
        }
    }

    @Nested
    class Intervals {

        @Test
        void anIntervalOfDaysHasRangePrecision() {
            EdtfDate date = EdtfDate.parse("2026-01-11/2026-01-20");
            assertEquals(day("2026-01-11"), date.start());
            assertEquals(day("2026-01-20"), date.end());
            assertEquals(Precision.RANGE, date.precision());
        }

        @Test
        void anIntervalOfMonthsEndsOnTheLastDayOfTheLastMonth() {
            EdtfDate date = EdtfDate.parse("2026-01/2026-02");
            assertEquals(day("2026-01-01"), date.start());
            assertEquals(day("2026-02-28"), date.end());
        }

        @Test
        void anIntervalMayMixPrecisions() {
            EdtfDate date = EdtfDate.parse("2026-01/2026-02-14");
            assertEquals(day("2026-01-01"), date.start());
            assertEquals(day("2026-02-14"), date.end());
        }

        @Test
        void anIntervalMayStartAndEndOnTheSameDay() {
            assertEquals(
                    Precision.RANGE, EdtfDate.parse("2026-02-14/2026-02-14").precision());
        }

        @Test
        void anOpenEndHasNoEndDay() {
            EdtfDate date = EdtfDate.parse("2026-01/..");
            assertEquals(day("2026-01-01"), date.start());
            assertNull(date.end());
            assertEquals(Precision.OPEN, date.precision());
            assertTrue(date.isOpen());
        }

        @Test
        void anUnknownStartHasNoStartDay() {
            EdtfDate date = EdtfDate.parse("../2026-02");
            assertNull(date.start());
            assertEquals(day("2026-02-28"), date.end());
            assertEquals(Precision.OPEN, date.precision());
        }
    }

    @Nested
    class Text {

        @Test
        void toStringGivesTheCanonicalText() {
            assertEquals(
                    "2026-01-11/2026-01-20",
                    EdtfDate.parse(" 2026-01-11/2026-01-20 ").toString());
        }

        @Test
        void datesWithTheSameTextAreEqual() {
            assertEquals(EdtfDate.parse("2026-01/.."), EdtfDate.parse("2026-01/.."));
            assertEquals(
                    EdtfDate.parse("2026-02-14").hashCode(),
                    EdtfDate.of(day("2026-02-14")).hashCode());
        }

        @Test
        void startAndEndTextKeepThePrecisionTheSourceGave() {
            EdtfDate date = EdtfDate.parse("2026-01/2026-02-14");
            assertEquals("2026-01", date.startText());
            assertEquals("2026-02-14", date.endText());
            assertEquals("2026-02", EdtfDate.parse("2026-02").startText());
            assertNull(EdtfDate.parse("../2026-02").startText());
            assertNull(EdtfDate.parse("2026-01/..").endText());
        }

        @Test
        void jsonCarriesTheDateAsItsText() throws Exception {
            ObjectMapper json = new ObjectMapper();
            assertEquals("\"2026-01/..\"", json.writeValueAsString(EdtfDate.parse("2026-01/..")));
            assertEquals(EdtfDate.parse("2026-02-14"), json.readValue("\"2026-02-14\"", EdtfDate.class));
        }
    }

    @Nested
    class Overlap {

        @Test
        void aDateOverlapsAWindowItTouches() {
            EdtfDate date = EdtfDate.parse("2026-01-11/2026-01-20");
            assertTrue(date.overlaps(day("2026-01-20"), day("2026-01-31")));
            assertTrue(date.overlaps(day("2026-01-01"), day("2026-01-11")));
            assertFalse(date.overlaps(day("2026-01-21"), day("2026-01-31")));
        }

        @Test
        void anOpenEndOverlapsEveryLaterWindow() {
            assertTrue(EdtfDate.parse("2026-01/..").overlaps(day("2030-01-01"), day("2030-01-02")));
            assertFalse(EdtfDate.parse("2026-01/..").overlaps(day("2025-01-01"), day("2025-12-31")));
        }

        @Test
        void aMissingWindowBoundDoesNotLimit() {
            assertTrue(EdtfDate.parse("2026-02-14").overlaps(null, day("2026-02-14")));
            assertTrue(EdtfDate.parse("2026-02-14").overlaps(day("2026-02-14"), null));
        }
    }

    @Nested
    class Rejected {

        @ParameterizedTest
        @ValueSource(strings = {"2026-02-30", "2026-13", "2026-00", "2025-02-29"})
        void aDayOrMonthThatDoesNotExist(String text) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EdtfDate.parse(text));
            assertTrue(e.getMessage().contains("no such"), e.getMessage());
        }

        @Test
        void anIntervalThatEndsBeforeItStarts() {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> EdtfDate.parse("2026-01-20/2026-01-11"));
            assertEquals(
                    "not an EDTF date '2026-01-20/2026-01-11': the interval ends before it starts", e.getMessage());
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "garbage",
                    "14/02/2026",
                    "2026-2-14",
                    "26-02-14",
                    "2026-02-14T18:00",
                    "2026-02-14?",
                    "2026-02~",
                    "2026-XX",
                    "2026-21",
                    "../..",
                    "2026-01/",
                    "/2026-01",
                    "2026/2027/2028",
                    "12026"
                })
        void textThatIsNotAnAcceptedEdtfDate(String text) {
            assertThrows(IllegalArgumentException.class, () -> EdtfDate.parse(text));
            assertFalse(EdtfDate.isValid(text));
        }

        @Test
        void anEmptyDateAsksForOne() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EdtfDate.parse(" "));
            assertEquals("a date is required, e.g. 2026-02-14", e.getMessage());
        }
    }
}
