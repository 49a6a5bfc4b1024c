package org.vigil.sources.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.vocabulary.QuoteCheck;
import org.vigil.sources.Seeds;

class QuoteMatcherTest {

    private static final String MUNICH = "Over 250,000 attended the 14 February rally in Munich";

    private final QuoteMatcher matcher = new QuoteMatcher();

    private static List<Integer> positionsOf(String text, String quote) {
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            at.add(i);
        }
        return at;
    }

    private static void assertFoundAt(String text, QuoteMatch match, String expected) {
        assertEquals(QuoteCheck.FOUND, match.check());
        assertEquals(expected, text.substring(match.start(), match.end()));
    }

    @Nested
    class InTheWikipediaSeed {

        private final String text = Seeds.WIKIPEDIA;
        private final List<Integer> munich = positionsOf(text, MUNICH);

        @Test
        void theMunichSentenceOccursFourTimes() {
            assertEquals(4, munich.size());
        }

        @Test
        void aQuoteThatOccursSeveralTimesWithoutContextIsAmbiguous() {
            QuoteMatch match = matcher.match(text, TextQuoteSelector.of(MUNICH));
            assertEquals(QuoteCheck.AMBIGUOUS, match.check());
            assertEquals(4, match.occurrences());
            assertNull(match.start());
        }

        @Test
        void aPrefixPicksTheOccurrenceItPrecedes() {
            QuoteMatch match = matcher.match(text, new TextQuoteSelector(MUNICH, "Toronto, and Munich. ", null));
            assertFoundAt(text, match, MUNICH);
            assertEquals(munich.get(2), match.start());
            assertEquals(munich.get(2) + MUNICH.length(), match.end());
        }

        @Test
        void aSuffixPicksTheOccurrenceItFollows() {
            QuoteMatch match = matcher.match(text, new TextQuoteSelector(MUNICH, null, ", while the Toronto"));
            assertEquals(munich.get(2), match.start());
        }

        @Test
        void contextThatFitsSeveralIdenticalParagraphsStaysAmbiguous() {
            QuoteMatch match = matcher.match(
                    text, new TextQuoteSelector(MUNICH, "Los Angeles rallies. ", ", making it the largest"));
            assertEquals(QuoteCheck.AMBIGUOUS, match.check());
        }

        @Test
        void theSpecExampleIsAmbiguousBecauseItsPrefixAndSuffixPointAtDifferentOccurrences() {
            QuoteMatch match = matcher.match(
                    text, new TextQuoteSelector(MUNICH, "Toronto, and Munich. ", ", making it the largest"));
            assertEquals(QuoteCheck.AMBIGUOUS, match.check());
        }

        @Test
        void aLongerPrefixSeparatesParagraphsThatRepeatEachOther() {
            QuoteMatch match = matcher.match(
                    text,
                    new TextQuoteSelector(
                            MUNICH,
                            "==Global day of action==\n\nReza Pahlavi also declared 14 February as a \"global day of action,\""
                                    + " and called for major diaspora solidarity rallies in Los Angeles, Toronto, and Munich."
                                    + " Iranians from neighboring countries, states, and cities drove, bussed, and flew in for"
                                    + " the Munich, Toronto, and Los Angeles rallies. ",
                            null));
            assertEquals(munich.get(3), match.start());
        }

        @Test
        void aPartlyMatchingPrefixStillPicksTheClearlyBestOccurrence() {
            QuoteMatch match = matcher.match(
                    text,
                    new TextQuoteSelector(MUNICH, "rallies in cities like Los Angeles, Toronto, and Munich.", null));
            assertEquals(munich.get(2), match.start());
        }

        @Test
        void aQuoteThatOccursOnceIsFoundWithItsOffsets() {
            String quote = "a rally in Toronto was reported to have 150,000 in attendance";
            QuoteMatch match = matcher.match(text, TextQuoteSelector.of(quote));
            assertFoundAt(text, match, quote);
            assertEquals(text.indexOf(quote), match.start());
        }

        @Test
        void curlyQuotesInTheQuoteMatchStraightQuotesInTheText() {
            QuoteMatch match = matcher.match(
                    text,
                    TextQuoteSelector.of("150,000 in attendance with “zero incidents” according to Toronto police"));
            assertFoundAt(text, match, "150,000 in attendance with \"zero incidents\" according to Toronto police");
        }

        @Test
        void aQuoteAcrossAParagraphBreakIsFound() {
            QuoteMatch match = matcher.match(
                    text, TextQuoteSelector.of("against the Islamic Republic. Reza Pahlavi also declared 14 February"));
            assertFoundAt(text, match, "against the Islamic Republic.\n\nReza Pahlavi also declared 14 February");
        }

        @Test
        void aChangedFigureIsNotFound() {
            QuoteMatch match = matcher.match(text, TextQuoteSelector.of(MUNICH.replace("250,000", "300,000")));
            assertEquals(QuoteCheck.NOT_FOUND, match.check());
            assertFalse(match.matchesIgnoringCase());
        }

        @Test
        void aQuoteDifferingOnlyInLetterCaseIsNotFoundButFlagged() {
            QuoteMatch match = matcher.match(text, TextQuoteSelector.of(MUNICH.toLowerCase()));
            assertEquals(QuoteCheck.NOT_FOUND, match.check());
            assertTrue(match.matchesIgnoringCase());
        }

        @Test
        void anEmptyQuoteIsNotFound() {
            assertEquals(
                    QuoteCheck.NOT_FOUND,
                    matcher.match(text, TextQuoteSelector.of(" \u200C ")).check());
        }
    }

    @Nested
    class InTheNewsSeed {

        @Test
        void aStraightApostropheMatchesTheCurlyOneAndTheOffsetsCoverTheOriginal() {
            QuoteMatch match = matcher.match(
                    Seeds.NEWS, TextQuoteSelector.of("thousands died in last month's nationwide protests in Iran"));
            assertFoundAt(Seeds.NEWS, match, "thousands died in last month’s nationwide protests in Iran");
        }

        @Test
        void aTypographicQuoteInTheTextMatchesAPlainOneInTheQuote() {
            QuoteMatch match = matcher.match(
                    Seeds.NEWS, TextQuoteSelector.of("urged the diaspora to join a \"global day of action\""));
            assertFoundAt(Seeds.NEWS, match, "urged the diaspora to join a “global day of action”");
        }
    }

    @Nested
    class InPersian {

        // Persian yeh and kaf, a ZWNJ, Persian digits, an Arabic thousands separator
        private static final String PRESERVED =
                "گزارش شد که بیش از ۲۵۰٬۰۰۰ نفر در تجمع ۲۵ بهمن در مونیخ شرکت کردند و می\u200Cخواستند صدایشان شنیده شود.";

        @Test
        void aQuoteTypedWithArabicLettersLatinDigitsAndNoZwnjIsFound() {
            String typed = "بيش از 250,000 نفر در تجمع 25 بهمن در مونيخ شركت كردند و ميخواستند";
            QuoteMatch match = matcher.match(PRESERVED, TextQuoteSelector.of(typed));
            assertFoundAt(PRESERVED, match, "بیش از ۲۵۰٬۰۰۰ نفر در تجمع ۲۵ بهمن در مونیخ شرکت کردند و می\u200Cخواستند");
        }

        @Test
        void aQuoteWithArabicIndicDigitsMatchesPersianDigits() {
            QuoteMatch match = matcher.match(PRESERVED, TextQuoteSelector.of("تجمع ٢٥ بهمن"));
            assertFoundAt(PRESERVED, match, "تجمع ۲۵ بهمن");
        }

        @Test
        void aDifferentDayIsNotFound() {
            assertEquals(
                    QuoteCheck.NOT_FOUND,
                    matcher.match(PRESERVED, TextQuoteSelector.of("تجمع ۲۶ بهمن"))
                            .check());
        }
    }

    @Nested
    class BuildingSelectors {

        private final TextNormalisation normalisation = new TextNormalisation();

        @Test
        void aSelectorBuiltForEachOccurrenceFindsThatOccurrenceAndNoOther() {
            NormalisedText text = normalisation.normalise(Seeds.WIKIPEDIA);
            for (int at : positionsOf(Seeds.WIKIPEDIA, MUNICH)) {
                TextQuoteSelector selector = matcher.selectorFor(text, at, at + MUNICH.length());
                QuoteMatch match = matcher.match(Seeds.WIKIPEDIA, selector);
                assertEquals(at, match.start(), () -> "selector " + selector);
            }
        }

        @Test
        void aSelectorForAUniqueQuoteCarriesShortContext() {
            NormalisedText text = normalisation.normalise(Seeds.WIKIPEDIA);
            String quote = "a rally in Los Angeles was reported to have 60,000 in attendance";
            int at = Seeds.WIKIPEDIA.indexOf(quote);
            TextQuoteSelector selector = matcher.selectorFor(text, at, at + quote.length());
            assertEquals(quote, selector.exact());
            assertTrue(selector.prefix().length() <= 32 && selector.suffix().length() <= 32);
        }
    }
}
