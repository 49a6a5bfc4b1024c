package org.vigil.input;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagTest {

    private final LanguageTag.Validator validator = new LanguageTag.Validator();

    @ParameterizedTest
    @ValueSource(strings = {"fa", "en", "en-GB", "de-DE", "zh-Hant-TW", "fa-IR"})
    void wellFormedTagsAreAccepted(String tag) {
        assertTrue(validator.isValid(tag, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "English", "en_GB", "e", "en-", "12", "en GB", "x-private"})
    void anythingElseIsRefused(String tag) {
        assertFalse(validator.isValid(tag, null));
    }
}
