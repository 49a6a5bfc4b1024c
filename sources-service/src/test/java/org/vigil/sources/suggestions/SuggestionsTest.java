package org.vigil.sources.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.EstimatedBy;
import org.vigil.contracts.vocabulary.FigureValue;
import org.vigil.contracts.vocabulary.Qualifier;
import org.vigil.sources.Seeds;
import org.vigil.sources.quotes.QuoteMatch;
import org.vigil.sources.quotes.QuoteMatcher;

class SuggestionsTest {

    private static final Suggestions SUGGESTIONS = new Suggestions(GazetteerFixture.gazetteer());
    private static final List<Suggestion> WIKIPEDIA = SUGGESTIONS.in(Seeds.WIKIPEDIA, null);

    private static Suggestion one(List<Suggestion> suggestions, Predicate<Suggestion> which) {
        List<Suggestion> found = suggestions.stream().filter(which).toList();
        assertEquals(1, found.size(), () -> "expected one, got " + found);
        return found.get(0);
    }

    private static Predicate<Suggestion> counting(ClaimProperty property, Long low, String city) {
        return s -> s.property() == property
                && java.util.Objects.equals(s.value().low(), low)
                && (city == null
                        ? s.place() == null
                        : s.place() != null && s.place().city().equals(city));
    }

    @Nested
    class InTheWikipediaSeed {

        @Test
        void theMunichFigureComesWithItsQualifierPlaceDateAndTheSpecsQuote() {
            Suggestion munich = one(WIKIPEDIA, counting(ClaimProperty.ATTENDANCE, 250_000L, "Munich"));
            assertEquals(
                    new FigureValue(250_000L, null, Qualifier.OVER, EstimatedBy.MEDIA, "Over 250,000"), munich.value());
            assertEquals("DE", munich.place().countryCode());
            assertEquals(48.137, munich.place().lat(), 0.01);
            assertEquals(11.575, munich.place().lon(), 0.01);
            assertEquals("2026-02-14", munich.date());
            assertEquals(
                    "Over 250,000 attended the 14 February rally in Munich",
                    munich.quote().exact());
        }

        @Test
        void everyQuoteIsFoundOnceWhereTheSuggestionSaysItIs() {
            QuoteMatcher matcher = new QuoteMatcher();
            for (Suggestion s : WIKIPEDIA) {
                QuoteMatch match = matcher.match(Seeds.WIKIPEDIA, s.quote());
                assertTrue(match.isFound(), () -> "not found uniquely: " + s.quote());
                assertEquals(s.start(), match.start());
                assertEquals(s.end(), match.end());
                assertEquals(s.quote().exact(), Seeds.WIKIPEDIA.substring(s.start(), s.end()));
            }
        }

        @Test
        void aFigureSaidOfEachOfSeveralCitiesIsSuggestedForEach() {
            Suggestion toronto = one(WIKIPEDIA, counting(ClaimProperty.ATTENDANCE, 350_000L, "Toronto"));
            Suggestion losAngeles = one(WIKIPEDIA, counting(ClaimProperty.ATTENDANCE, 350_000L, "Los Angeles"));
            assertEquals("CA", toronto.place().countryCode());
            assertEquals("US", losAngeles.place().countryCode());
            assertEquals("2026-02-14", losAngeles.date());
        }

        @Test
        void aFigureForSeveralCitiesWithoutEachHasNoCity() {
            Suggestion thousands = one(WIKIPEDIA, counting(ClaimProperty.ATTENDANCE, 2_000L, null));
            assertEquals("Thousands", thousands.value().words());
            assertEquals(Qualifier.RANGE, thousands.value().qualifier());
        }

        @Test
        void aPlaceAndDateFromTheSentenceBeforeAreCarriedAndQuoted() {
            Suggestion crowd = one(WIKIPEDIA, counting(ClaimProperty.ATTENDANCE, 3_000L, "Los Angeles"));
            assertEquals(Qualifier.OVER, crowd.value().qualifier());
            assertEquals("2026-01-11", crowd.date());
            assertTrue(crowd.quote().exact().startsWith("On 11 January 2026, a U-Haul truck"));
            assertTrue(crowd.quote().exact().endsWith("a crowd estimated at more than 3,000 people"));
        }

        @Test
        void aClaimTheArticleRepeatsIsSuggestedOnce() {
            assertEquals(
                    1,
                    WIKIPEDIA.stream()
                            .filter(counting(ClaimProperty.ATTENDANCE, 250_000L, "Munich"))
                            .count());
        }

        @Test
        void injuriesAreSuggestedWithTheirPlaceAndDate() {
            Suggestion hamburg = one(WIKIPEDIA, counting(ClaimProperty.INJURED, 2L, "Hamburg"));
            assertEquals(Qualifier.EXACT, hamburg.value().qualifier());
            assertEquals("2026-01-17", hamburg.date());
            assertTrue(hamburg.quote().exact().endsWith("two protesters were seriously injured"));
            Suggestion westwood = one(WIKIPEDIA, counting(ClaimProperty.INJURED, 2L, "Los Angeles"));
            assertEquals(Qualifier.AT_LEAST, westwood.value().qualifier());
        }

        @Test
        void arrestsAreSuggestedWithTheirPlaceAndDate() {
            Suggestion london = one(WIKIPEDIA, counting(ClaimProperty.ARRESTED, 14L, "London"));
            assertEquals("2026-01-16", london.date());
            assertTrue(london.quote().exact().endsWith("and 14 arrests"));
            Suggestion hamburg = one(WIKIPEDIA, counting(ClaimProperty.ARRESTED, 3L, "Hamburg"));
            assertTrue(hamburg.quote().exact().endsWith("three suspects being arrested"));
        }

        @Test
        void aDateBoundIsAnOpenInterval() {
            Suggestion toronto = one(WIKIPEDIA, counting(ClaimProperty.ATTENDANCE, 150_000L, "Toronto"));
            assertEquals("../2026-02-01", toronto.date());
        }
    }

    @Nested
    class InTheNewsSeed {

        private final List<Suggestion> news = SUGGESTIONS.in(Seeds.NEWS, LocalDate.of(2026, 2, 14));

        @Test
        void tensOfThousandsIsAVagueRangeDatedByOnSaturday() {
            Suggestion joined = one(news, counting(ClaimProperty.ATTENDANCE, 20_000L, null));
            assertEquals(99_999L, joined.value().high());
            assertEquals("Tens of thousands", joined.value().words());
            assertEquals("2026-02-14", joined.date());
        }

        @Test
        void everyQuoteIsFoundOnceWhereTheSuggestionSaysItIs() {
            QuoteMatcher matcher = new QuoteMatcher();
            for (Suggestion s : news) {
                QuoteMatch match = matcher.match(Seeds.NEWS, s.quote());
                assertEquals(s.start(), match.start(), () -> s.quote().toString());
            }
        }
    }

    @Nested
    class InPersian {

        private static final String TEXT = "روز شنبه ۲۵ بهمن ۱۴۰۴ بیش از ۲۵۰ هزار نفر در تجمع ایرانیان در مونیخ"
                + " شرکت کردند.\nده\u200Cها هزار نفر در تورنتو راهپیمایی کردند.";

        private final List<Suggestion> persian = SUGGESTIONS.in(TEXT, LocalDate.of(2026, 2, 20));

        @Test
        void aPersianFigureGetsItsQualifierCityAndSolarHijriDate() {
            Suggestion munich = one(persian, s -> s.value().low() == 250_000L);
            assertEquals(Qualifier.OVER, munich.value().qualifier());
            assertEquals("بیش از ۲۵۰ هزار", munich.value().words());
            assertEquals("DE", munich.place().countryCode());
            assertEquals("مونیخ", munich.place().city());
            assertEquals("2026-02-14", munich.date());
        }

        @Test
        void theDayAndYearOfADateAreNotTakenForFigures() {
            assertFalse(persian.stream()
                    .anyMatch(s -> s.value().low() != null && s.value().low() < 2_000));
        }

        @Test
        void aPersianVagueWordIsARange() {
            Suggestion toronto = one(persian, s -> s.value().qualifier() == Qualifier.RANGE);
            assertEquals(20_000L, toronto.value().low());
            assertEquals("CA", toronto.place().countryCode());
            assertNull(toronto.date());
        }
    }
}
