package org.vigil.contracts.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.vigil.contracts.claims.ClaimJson.AT;
import static org.vigil.contracts.claims.ClaimJson.assertOnlyError;
import static org.vigil.contracts.claims.ClaimJson.check;
import static org.vigil.contracts.claims.ClaimJson.json;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.EstimatedBy;
import org.vigil.contracts.vocabulary.FigureValue;
import org.vigil.contracts.vocabulary.Qualifier;

class FigureValuesTest {

    @Test
    void overTakesOnlyALowBound() {
        assertEquals(
                new FigureValue(250_000L, null, Qualifier.OVER, EstimatedBy.MEDIA, null),
                ClaimValues.figure(json("{'low': 250000, 'high': null, 'qualifier': 'over', 'estimatedBy': 'media'}")));
    }

    /** Each qualifier's rule on the bounds, and the range of any figure: one error, at the bound at fault. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            over with a high bound is refused             | ATTENDANCE | {'low': 250000, 'high': 300000, 'qualifier': 'over'} | high | must be left out for qualifier over: the figure has no upper bound
            exact with a different high is refused        | KILLED     | {'low': 3, 'high': 4, 'qualifier': 'exact'}          | high | must equal low or be left out for qualifier exact
            up_to with a low bound asks for a range       | ATTENDANCE | {'low': 10, 'high': 5000, 'qualifier': 'up_to'}      | low  | must be left out for qualifier up_to; use range to give both bounds
            a range needs both bounds                     | ATTENDANCE | {'low': 3000, 'qualifier': 'range'}                  | high | is required for qualifier range
            a range whose low exceeds its high is refused | ATTENDANCE | {'low': 5000, 'high': 3000, 'qualifier': 'range'}    | low  | must not be greater than high
            figures above one hundred million are refused | ATTENDANCE | {'low': 100000001, 'qualifier': 'exact'}             | low  | must be a whole number from 0 to 100,000,000
            """)
    void aFigureAgainstItsRulesIsRefused(
            String rule, ClaimProperty property, String value, String bound, String message) {
        assertOnlyError(check(property, value), AT + "." + bound, message);
    }

    @Test
    void aboutIsReadBackWithHighEqualToLow() {
        FigureValue about = ClaimValues.figure(json("{'low': 3000, 'qualifier': 'about', 'estimatedBy': 'police'}"));
        assertEquals(3000L, about.high());
    }

    @Test
    void upToTakesOnlyAHighBound() {
        FigureValue upTo = ClaimValues.figure(json("{'high': 5000, 'qualifier': 'up_to'}"));
        assertNull(upTo.low());
        assertEquals(5000L, upTo.high());
    }

    @Test
    void negativeAndFractionalFiguresAreRefused() {
        assertEquals(
                1,
                check(ClaimProperty.INJURED, "{'low': -1, 'qualifier': 'exact'}")
                        .size());
        assertEquals(
                1,
                check(ClaimProperty.INJURED, "{'low': 2.5, 'qualifier': 'exact'}")
                        .size());
    }

    @Test
    void zeroIsAFigure() {
        assertEquals(
                List.of(), check(ClaimProperty.KILLED, "{'low': 0, 'qualifier': 'exact', 'estimatedBy': 'police'}"));
    }

    @Test
    void theQualifierIsRequired() {
        assertOnlyError(check(ClaimProperty.ARRESTED, "{'low': 12}"), AT + ".qualifier", "is required");
    }

    @Test
    void estimatedByDefaultsToUnknown() {
        assertEquals(
                EstimatedBy.UNKNOWN,
                ClaimValues.figure(json("{'low': 12, 'qualifier': 'exact'}")).estimatedBy());
    }

    @Test
    void theSourceWordsAreKept() {
        FigureValue vague = ClaimValues.figure(
                json("{'low': 10000, 'high': 99999, 'qualifier': 'range', 'words': 'ده‌ها هزار نفر'}"));
        assertEquals("ده‌ها هزار نفر", vague.words());
    }
}
