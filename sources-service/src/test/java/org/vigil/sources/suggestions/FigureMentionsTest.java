package org.vigil.sources.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.EstimatedBy;
import org.vigil.contracts.vocabulary.FigureValue;
import org.vigil.contracts.vocabulary.Qualifier;
import org.vigil.sources.quotes.TextNormalisation;

class FigureMentionsTest {

    private final FigureMentions figures = new FigureMentions();
    private final TextNormalisation normalisation = new TextNormalisation();

    private FigureMention only(String clause) {
        List<FigureMention> found = figures.in(normalisation.fold(clause));
        assertEquals(1, found.size(), () -> "figures in \"" + clause + "\": " + found);
        return found.get(0);
    }

    private static String range(FigureValue v) {
        return v.low() + ".." + v.high();
    }

    @Nested
    class Qualifiers {

        @ParameterizedTest(name = "\"{0}\" is {1} {2}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "Over 250,000 attended the rally               | over     | 250000..null",
                    "more than 3,000 people marched                 | over     | 3000..null",
                    "at least two people were injured               | at_least | 2..null",
                    "about 3,000 people gathered                    | about    | 3000..3000",
                    "around 3,000 people gathered                   | about    | 3000..3000",
                    "approximately 3,000 people gathered            | about    | 3000..3000",
                    "some 3,000 people gathered                     | about    | 3000..3000",
                    "nearly 3,000 people gathered                   | about    | 3000..3000",
                    "up to 5,000 people gathered                    | up_to    | null..5000",
                    "fewer than 100 people gathered                 | under    | null..100",
                    "under 100 people gathered                      | under    | null..100",
                    "between 3,000 and 5,000 people gathered        | range    | 3000..5000",
                    "3,000–5,000 people gathered                    | range    | 3000..5000",
                    "the rallies each drew 350,000 in attendance    | exact    | 350000..350000",
                    "a dozen protesters were arrested               | about    | 12..12",
                    "twelve protesters were arrested                | exact    | 12..12",
                    "2.5 million people marched                     | exact    | 2500000..2500000",
                    "Tens of thousands joined the protest           | range    | 20000..99999"
                })
        void aQualifierBecomesItsFigureShape(String clause, String qualifier, String range) {
            FigureValue value = only(clause).value();
            assertEquals(Qualifier.fromWire(qualifier).orElseThrow(), value.qualifier());
            assertEquals(range, range(value));
        }

        @Test
        void theSourcesOwnWordsAreKept() {
            assertEquals(
                    "Tens of thousands",
                    only("Tens of thousands joined the protest").value().words());
            assertEquals("Over 250,000", only("Over 250,000 attended").value().words());
        }

        @Test
        void persianDigitsQualifiersAndMultipliersAreRead() {
            FigureValue value =
                    only("بیش از ۲۵۰ هزار نفر در تجمع مونیخ شرکت کردند").value();
            assertEquals(Qualifier.OVER, value.qualifier());
            assertEquals(250_000L, value.low());
        }
    }

    @Nested
    class WhatIsCounted {

        @ParameterizedTest(name = "\"{0}\" counts {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "Over 250,000 attended the 14 February rally                 | attendance",
                    "the Toronto and Los Angeles rallies each drew 350,000       | attendance",
                    "a rally in Toronto was reported to have 150,000 in attendance | attendance",
                    "a crowd estimated at more than 3,000 people                 | attendance",
                    "Thousands of people took part in solidarity rallies         | attendance",
                    "two protesters were seriously injured after a stabbing      | injured",
                    "four Metropolitan Police officers being hospitalised        | injured",
                    "and 14 arrests for offences including violent disorder      | arrested",
                    "leading to three suspects being arrested                    | arrested",
                    "police arrested 12 people                                   | arrested",
                    "after thousands died in last month's protests               | killed",
                    "در لندن دست‌کم ۱۴ نفر بازداشت شدند                           | arrested"
                })
        void theWordsAroundAFigureSayWhatItCounts(String clause, String property) {
            assertEquals(
                    ClaimProperty.fromWire(property).orElseThrow(), only(clause).property());
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Germany with 27 rallies in the ten days between 11 and 20 January",
                    "with around 13,000 signatures reported at the time of publication",
                    "visa restrictions against 18 Iranian regime officials",
                    "56-year-old Michael David Holland of Burlington was arrested",
                    "was booked into the jail with $0 bail",
                    "the vehicle plowed into the crowd at around 3:34 pm",
                    "the rally was scheduled to start at 2 p.m. outside",
                    "the 1979 Iranian Revolution",
                    "some of the largest protests since 2022-2023",
                    "On 1 March, the shooting occurred",
                    "outlines plans for the first 180 days of governance"
                })
        void numbersThatCountNoPeopleAreNotFigures(String clause) {
            assertTrue(
                    figures.in(normalisation.fold(clause)).isEmpty(),
                    () -> figures.in(clause).toString());
        }
    }

    @Nested
    class WhoEstimated {

        @Test
        void aFigureAttributedToThePoliceIsAPoliceEstimate() {
            assertEquals(
                    EstimatedBy.POLICE,
                    only("the march drew 12,000 people, according to the police")
                            .value()
                            .estimatedBy());
            assertEquals(
                    EstimatedBy.ORGANISERS,
                    only("organisers estimated that 40,000 people marched")
                            .value()
                            .estimatedBy());
        }

        @Test
        void aFigureTheSourceStatesItselfIsAMediaEstimate() {
            assertEquals(
                    EstimatedBy.MEDIA,
                    only("Over 250,000 attended the rally").value().estimatedBy());
        }

        @Test
        void anAttributionElsewhereInTheClauseIsNotTakenForTheFiguresSource() {
            assertEquals(
                    EstimatedBy.MEDIA,
                    only("a rally was reported to have 150,000 in attendance with \"zero"
                                    + " incidents\" according to Toronto police")
                            .value()
                            .estimatedBy());
        }
    }

    @Test
    void numbersAreReadWithSeparatorsMultipliersAndWords() {
        assertEquals(250_000, FigureMentions.number("250,000"));
        assertEquals(2_500_000, FigureMentions.number("2.5 million"));
        assertEquals(24, FigureMentions.number("two dozen"));
        assertEquals(250_000, FigureMentions.number("250 هزار"));
        assertEquals(250_000, FigureMentions.number("250k"));
    }
}
