package org.vigil.sources.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TextNormalisationTest {

    private final TextNormalisation normalisation = new TextNormalisation();

    private String fold(String text) {
        return normalisation.fold(text);
    }

    @Nested
    class Unicode {

        @Test
        void decomposedAccentsEqualComposedOnes() {
            assertEquals(fold("Genève"), fold("Gene\u0300ve"));
        }

        @Test
        void invisibleCharactersLeftByCopyAndPasteAreRemoved() {
            assertEquals("Munich", fold("Mu\u200Bni\u00ADch\uFEFF"));
        }

        @Test
        void letterCaseIsKept() {
            assertNotEquals(fold("Over 250,000"), fold("over 250,000"));
        }
    }

    @Nested
    class Whitespace {

        @Test
        void runsOfWhitespaceOfAnyKindBecomeOneSpace() {
            assertEquals("rally in Munich", fold("rally\u00A0 in\n\t Munich"));
        }

        @Test
        void theEndsAreTrimmed() {
            assertEquals("Munich", fold("  \n Munich \u202F"));
        }
    }

    @Nested
    class Typography {

        @Test
        void curlyAndAngleQuotesFoldToStraightOnes() {
            assertEquals("\"global day of action\" and 'king'", fold("“global day of action” and ‘king’"));
            assertEquals("\"Nein\"", fold("«Nein»"));
        }

        @Test
        void dashesAndTheMinusSignFoldToAHyphen() {
            assertEquals("2025-2026 Iranian protests - a - b", fold("2025–2026 Iranian protests — a − b"));
        }

        @Test
        void theEllipsisBecomesThreeDots() {
            assertEquals("and so...", fold("and so…"));
        }
    }

    @Nested
    class Persian {

        @Test
        void arabicYehAndKafFoldToTheirPersianForms() {
            // "کشور" (country) and "ایران" typed with Arabic kaf (ك) and yeh (ي)
            assertEquals(fold("کشور ایران"), fold("كشور ايران"));
        }

        @Test
        void theZeroWidthNonJoinerIsIgnored() {
            assertEquals(fold("می\u200Cخواهیم"), fold("میخواهیم"));
        }

        @Test
        void hehVariantsFoldToHeh() {
            assertEquals(fold("خانه"), fold("خانۀ"));
            assertEquals(fold("خانه"), fold("خانهٔ"));
        }

        @Test
        void vowelMarksAndTatweelAreOptional() {
            assertEquals(fold("ایران"), fold("اِیـــران"));
        }

        @Test
        void persianAndArabicIndicDigitsFoldToLatinDigits() {
            assertEquals("250,000 1404", fold("۲۵۰٬۰۰۰ ١٤٠٤"));
        }
    }

    @Nested
    class Offsets {

        @Test
        void everyFoldedCharacterPointsBackToItsOriginalRange() {
            String original = "a\u200C  «b»";
            NormalisedText text = normalisation.normalise(original);
            assertEquals("a \"b\"", text.folded());
            assertEquals(original.indexOf('«'), text.originalStart(2));
            assertEquals(original.indexOf('b'), text.originalStart(3));
        }

        @Test
        void aComposedCharacterCoversItsDecomposedOriginal() {
            NormalisedText text = normalisation.normalise("Gene\u0300ve");
            assertEquals("Genève", text.folded());
            assertEquals(3, text.originalStart(3));
            assertEquals(5, text.originalEnd(3));
            assertEquals(5, text.originalStart(4));
        }

        @Test
        void aFoldedSpaceCoversTheWholeWhitespaceRun() {
            NormalisedText text = normalisation.normalise("a \n\t b");
            assertEquals(1, text.originalStart(1));
            assertEquals(5, text.originalEnd(1));
        }

        @Test
        void anExpandedCharacterMapsEachOfItsFoldedCharactersToItself() {
            NormalisedText text = normalisation.normalise("so… yes");
            assertEquals(2, text.originalStart(4));
            assertEquals(3, text.originalEnd(4));
        }
    }
}
