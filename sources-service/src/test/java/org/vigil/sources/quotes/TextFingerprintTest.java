package org.vigil.sources.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.vigil.sources.Seeds;

class TextFingerprintTest {

    @Test
    void theFingerprintIsTheSha256OfTheTextInLowerCaseHex() {
        // sha256("abc"), FIPS 180-2 test vector
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TextFingerprint.sha256("abc"));
    }

    @Test
    void windowsAndOldMacLineEndingsHashLikeUnixOnes() {
        assertEquals(TextFingerprint.sha256("a\nb\nc"), TextFingerprint.sha256("a\r\nb\rc"));
    }

    @Test
    void composedAndDecomposedAccentsHashAlike() {
        assertEquals(TextFingerprint.sha256("Genève"), TextFingerprint.sha256("Gene\u0300ve"));
    }

    @Test
    void aByteOrderMarkAndTrailingNewlinesDoNotMakeANewText() {
        assertEquals(TextFingerprint.sha256("text"), TextFingerprint.sha256("\uFEFFtext\n\n"));
    }

    @Test
    void aChangedDigitIsADifferentText() {
        assertNotEquals(TextFingerprint.sha256("Over 250,000"), TextFingerprint.sha256("Over 250,001"));
    }

    @Test
    void letterCaseAndInnerSpacingAreNotFolded() {
        assertNotEquals(TextFingerprint.sha256("a b"), TextFingerprint.sha256("a  b"));
        assertNotEquals(TextFingerprint.sha256("US"), TextFingerprint.sha256("us"));
    }

    @Test
    void theSeedsHaveStableFingerprints() {
        assertEquals(64, TextFingerprint.sha256(Seeds.WIKIPEDIA).length());
        assertEquals(
                TextFingerprint.sha256(Seeds.WIKIPEDIA), TextFingerprint.sha256(Seeds.WIKIPEDIA.replace("\n", "\r\n")));
    }
}
