package org.vigil.contracts.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VagueQuantityTest {

    private static VagueQuantity read(String words) {
        return VagueQuantity.recognise(words).orElseThrow(() -> new AssertionError("not recognised: " + words));
    }

    @Nested
    class English {

        @ParameterizedTest(name = "\"{0}\" is {1} to {2}")
        @CsvSource({
            "dozens, 24, 99",
            "hundreds, 200, 999",
            "several hundred, 300, 999",
            "thousands, 2000, 9999",
            "several thousand, 3000, 9999",
            "tens of thousands, 20000, 99999",
            "hundreds of thousands, 200000, 999999",
            "millions, 2000000, 9999999"
        })
        void theTableReadsEachVagueWordAsARange(String words, long low, long high) {
            VagueQuantity quantity = read(words);
            assertEquals(low, quantity.low());
            assertEquals(high, quantity.high());
        }

        @Test
        void letterCaseAndSpacingDoNotMatter() {
            assertEquals(20_000, read("  Tens  of\tThousands ").low());
        }

        @Test
        void aTrailingOfIsAllowed() {
            assertEquals(2_000, read("thousands of").low());
        }

        @Test
        void theSourcesOwnWordsAreKept() {
            assertEquals("Tens of thousands", read("Tens of thousands").words());
        }
    }

    @Nested
    class Persian {

        @ParameterizedTest(name = "\"{0}\" starts at {1}")
        @CsvSource({
            "صدها, 200",
            "هزاران, 2000",
            "ده\u200Cها هزار, 20000",
            "صدها هزار, 200000",
            "میلیون\u200Cها, 2000000"
        })
        void persianWordsReadLikeTheirEnglishEquivalents(String words, long low) {
            assertEquals(low, read(words).low());
        }

        @ParameterizedTest
        @ValueSource(strings = {"ده\u200Cها هزار", "دهها هزار", "ده ها هزار"})
        void tensOfThousandsIsReadWithOrWithoutTheZeroWidthNonJoiner(String words) {
            assertEquals(20_000, read(words).low());
            assertEquals(99_999, read(words).high());
        }

        @Test
        void millionsIsReadWithoutTheZeroWidthNonJoiner() {
            assertEquals(2_000_000, read("میلیونها").low());
        }

        @Test
        void arabicYehAndKafAreReadAsTheirPersianForms() {
            // "چندین" typed with Arabic yeh (U+064A)
            assertEquals(3, read("چندين").low());
        }
    }

    @Nested
    class AsAFigure {

        @Test
        void aVagueQuantityBecomesARangeFigureKeepingItsWords() {
            FigureValue figure = read("tens of thousands").toFigure(EstimatedBy.MEDIA);
            assertEquals(
                    new FigureValue(20_000L, 99_999L, Qualifier.RANGE, EstimatedBy.MEDIA, "tens of thousands"), figure);
        }

        @Test
        void anUnknownEstimatorIsRecordedAsUnknown() {
            assertEquals(EstimatedBy.UNKNOWN, read("hundreds").toFigure(null).estimatedBy());
        }
    }

    @Nested
    class WhatItRefuses {

        @ParameterizedTest
        @ValueSource(strings = {"", "  ", "250,000", "many", "thousands of people", "a crowd"})
        void wordsOutsideTheTableAreNotRecognised(String words) {
            assertTrue(VagueQuantity.recognise(words).isEmpty());
        }

        @Test
        void aRangeCannotRunBackwards() {
            assertThrows(IllegalArgumentException.class, () -> new VagueQuantity("x", 10, 9));
        }
    }

    @Test
    void spellingsComeLongestFirstSoScannersPreferTheLongerPhrase() {
        List<String> spellings = VagueQuantity.spellings();
        assertTrue(spellings.indexOf("tens of thousands") < spellings.indexOf("thousands"));
        assertTrue(spellings.indexOf("hundreds of thousands") < spellings.indexOf("hundreds"));
    }
}
