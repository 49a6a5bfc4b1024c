package org.vigil.contracts.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodesTest {

    @Test
    void anIsoAlpha2CodeIsValid() {
        assertTrue(CountryCodes.isValid("DE"));
        assertTrue(CountryCodes.isValid("IR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "DEU", "D", "ZZ", "UK", "EU", " DE", ""})
    void anythingElseIsNot(String code) {
        assertFalse(CountryCodes.isValid(code));
    }

    @Test
    void nullIsNotACode() {
        assertFalse(CountryCodes.isValid(null));
        assertEquals(Optional.empty(), CountryCodes.normalise(null));
    }

    @Test
    void kosovoIsAcceptedWithItsUserAssignedCode() {
        assertTrue(CountryCodes.isValid("XK"));
        assertEquals("Kosovo", CountryCodes.englishName("XK"));
        assertEquals("XKX", CountryCodes.alpha3("XK"));
        assertEquals(OptionalInt.empty(), CountryCodes.numeric("XK"));
    }

    @Test
    void normaliseForgivesLowerCaseAndBlanks() {
        assertEquals(Optional.of("DE"), CountryCodes.normalise(" de "));
        assertEquals(Optional.empty(), CountryCodes.normalise("zz"));
    }

    @Test
    void exportsPrintTheShortEnglishName() {
        assertEquals("Germany", CountryCodes.englishName("DE"));
        assertEquals("Iran", CountryCodes.englishName("IR"));
    }

    @Test
    void exportsPrintTheAlpha3AndNumericCodes() {
        assertEquals("DEU", CountryCodes.alpha3("DE"));
        assertEquals(OptionalInt.of(276), CountryCodes.numeric("DE"));
        assertEquals(OptionalInt.of(364), CountryCodes.numeric("IR"));
        assertEquals(OptionalInt.of(4), CountryCodes.numeric("AF"));
    }

    @Test
    void everyJdkCountryHasANumericCode() {
        for (String code : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)) {
            assertTrue(CountryCodes.numeric(code).isPresent(), code);
        }
    }

    @Test
    void anInvalidCodeIsRefusedWithAMessageNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CountryCodes.englishName("ZZ"));
        assertEquals(
                "not an ISO 3166-1 alpha-2 country code: 'ZZ' (expected two capital letters, e.g. DE)", e.getMessage());
    }
}
