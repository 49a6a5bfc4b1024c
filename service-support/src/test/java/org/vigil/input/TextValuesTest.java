package org.vigil.input;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextValuesTest {

    @Test
    void ordinaryTextInAnyScriptIsAcceptable() {
        assertNull(TextValues.problemWith("تجمع در مونیخ — rally in Munich 🕊"));
    }

    @Test
    void aNulCharacterIsNot() {
        assertNotNull(TextValues.problemWith("a\0b"));
    }

    @Test
    void aLoneHighSurrogateIsNot() {
        assertNotNull(TextValues.problemWith("a\ud800b"));
    }

    @Test
    void aLoneLowSurrogateIsNot() {
        assertNotNull(TextValues.problemWith("a\udc00"));
    }

    @Test
    void aHighSurrogateAtTheEndIsNot() {
        assertNotNull(TextValues.problemWith("a\ud83d"));
    }
}
