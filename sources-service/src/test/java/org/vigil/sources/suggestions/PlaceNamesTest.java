package org.vigil.sources.suggestions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {

    private static PlaceNames index() {
        PlaceNames.Builder names = new PlaceNames.Builder();
        names.add("san jose", 3);
        names.add("san", 7);
        names.add("san jose", 1);
        names.add("مونیخ", 5);
        names.add("munich", 5);
        names.add("san jose", 2);
        return names.build(Integer::compare);
    }

    @Test
    void aNameFindsEveryPlaceItNamesInTheGivenOrder() {
        assertArrayEquals(new int[] {1, 2, 3}, index().placesOf("san jose"));
    }

    @Test
    void aNameThatIsOnlyTheStartOfAnotherFindsOnlyItsOwnPlaces() {
        assertArrayEquals(new int[] {7}, index().placesOf("san"));
        assertArrayEquals(new int[] {}, index().placesOf("san j"));
    }

    @Test
    void namesInAnyScriptAreFound() {
        assertArrayEquals(new int[] {5}, index().placesOf("مونیخ"));
        assertArrayEquals(new int[] {5}, index().placesOf("munich"));
    }

    @Test
    void anUnknownNameFindsNothing() {
        assertArrayEquals(new int[] {}, index().placesOf("zzz"));
        assertArrayEquals(new int[] {}, index().placesOf(""));
        assertArrayEquals(
                new int[] {}, new PlaceNames.Builder().build(Integer::compare).placesOf("munich"));
    }

    @Test
    void eachDistinctNameIsKeptOnce() {
        assertEquals(4, index().size());
    }
}
