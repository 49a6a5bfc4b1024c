package org.vigil.events.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void arabicYehAndKafBecomePersian() {
        assertEquals("ایرانیان استکهلم", SearchText.normalise("ايرانيان استكهلم"));
    }

    @Test
    void persianAndArabicIndicDigitsBecomeAscii() {
        assertEquals("14 بهمن 1404", SearchText.normalise("۱۴ بهمن ١٤٠٤"));
    }

    @Test
    void theZeroWidthNonJoinerSplitsAndTatweelGoes() {
        assertEquals("می روند", SearchText.normalise("می\u200Cرو\u0640ند"));
    }

    @Test
    void compatibilityFormsBecomeTheirLetters() {
        assertEquals("Munich", SearchText.normalise("Ｍｕｎｉｃｈ"));
    }

    @Test
    void englishIsLeftAlone() {
        assertEquals("Solidarity rally in München", SearchText.normalise("Solidarity rally in München"));
    }
}
