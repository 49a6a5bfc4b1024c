package org.vigil.sources.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.sources.Seeds;
import org.vigil.sources.quotes.TextNormalisation;

class DateMentionsTest {

    private static final DateMentions.Years IN_2026 = new DateMentions.Years(null, 2026);

    private final DateMentions dates = new DateMentions();
    private final TextNormalisation normalisation = new TextNormalisation();

    private List<String> edtf(String text, DateMentions.Years years) {
        return dates.in(normalisation.fold(text), years).stream()
                .map(DateMention::edtf)
                .toList();
    }

    @Nested
    class English {

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "Over 250,000 attended the 14 February rally in Munich | 2026-02-14",
                    "On 11 January 2026, a truck was used                  | 2026-01-11",
                    "On February 14, 2026, Iranians rallied                | 2026-02-14",
                    "the rally on February 14 drew thousands               | 2026-02-14",
                    "Beginning in January 2026, rallies were held          | 2026-01",
                    "spoke at a January rally in Los Angeles               | 2026-01",
                    "27 rallies in the ten days between 11 and 20 January  | 2026-01-11/2026-01-20",
                    "by 1 February, a rally in Toronto                     | ../2026-02-01",
                    "On 1st March the shooting occurred                    | 2026-03-01"
                })
        void datesBecomeEdtf(String text, String expected) {
            assertEquals(List.of(expected), edtf(text, IN_2026));
        }

        @Test
        void aDateWithoutAYearTakesThePublicationYear() {
            assertEquals(
                    List.of("2025-02-14"),
                    edtf("the 14 February rally", new DateMentions.Years(LocalDate.of(2025, 3, 1), 2026)));
        }

        @Test
        void aDateThatWouldFollowPublicationIsFromTheYearBefore() {
            assertEquals(
                    List.of("2025-12-28"),
                    edtf("the 28 December vigil", new DateMentions.Years(LocalDate.of(2026, 1, 5), null)));
        }

        @Test
        void aWeekdayIsTheLastSuchDayOnOrBeforePublication() {
            // 14 February 2026 was a Saturday
            assertEquals(
                    List.of("2026-02-14"),
                    edtf(
                            "On Saturday, Iranians in cities like Munich rallied",
                            new DateMentions.Years(LocalDate.of(2026, 2, 14), null)));
            assertEquals(
                    List.of("2026-02-09"),
                    edtf("on Monday police said", new DateMentions.Years(LocalDate.of(2026, 2, 14), null)));
        }

        @Test
        void withoutAnyYearADayIsNotGuessed() {
            assertTrue(edtf("the 14 February rally", new DateMentions.Years(null, null))
                    .isEmpty());
        }

        @Test
        void mayTheVerbIsNoMonth() {
            assertTrue(edtf("in may 5 cases", IN_2026).isEmpty());
        }

        @Test
        void aDayThatDoesNotExistIsNoDate() {
            assertTrue(edtf("on 31 February", IN_2026).isEmpty());
        }

        @Test
        void theDocumentYearIsTheYearMentionedMost() {
            assertEquals(2026, DateMentions.documentYear(Seeds.WIKIPEDIA));
            assertNull(DateMentions.documentYear("no years here, only 250,000 people"));
        }
    }

    @Nested
    class Persian {

        @Test
        void aSolarHijriDateBecomesItsGregorianDay() {
            assertEquals(List.of("2026-02-14"), edtf("روز شنبه ۲۵ بهمن ۱۴۰۴ در مونیخ", IN_2026));
        }

        @Test
        void aSolarHijriDateWithoutAYearFallsInTheDocumentsYear() {
            assertEquals(List.of("2026-02-11"), edtf("در ۲۲ بهمن", IN_2026));
            assertEquals(List.of("2026-03-21"), edtf("در ۱ فروردین", IN_2026));
        }

        @Test
        void gregorianMonthsWrittenInPersianAreRead() {
            assertEquals(List.of("2026-02-14"), edtf("در ۱۴ فوریه در مونیخ", IN_2026));
        }
    }

    @Nested
    class TheSolarHijriCalendar {

        @ParameterizedTest(name = "{0}/{1}/{2} SH is {3}")
        @CsvSource({
            "1403, 1, 1, 2024-03-20",
            "1404, 1, 1, 2025-03-21",
            "1404, 11, 22, 2026-02-11",
            "1404, 11, 25, 2026-02-14",
            "1403, 12, 30, 2025-03-20",
            "1399, 12, 30, 2021-03-20"
        })
        void solarHijriDatesConvertToGregorian(int year, int month, int day, String gregorian) {
            assertEquals(LocalDate.parse(gregorian), PersianCalendar.toGregorian(year, month, day));
        }

        @Test
        void esfandHasThirtyDaysOnlyInLeapYears() {
            assertThrows(DateTimeException.class, () -> PersianCalendar.toGregorian(1404, 12, 30));
        }
    }
}
