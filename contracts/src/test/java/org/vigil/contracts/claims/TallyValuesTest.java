package org.vigil.contracts.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.vigil.contracts.claims.ClaimJson.AT;
import static org.vigil.contracts.claims.ClaimJson.assertOnlyError;
import static org.vigil.contracts.claims.ClaimJson.check;
import static org.vigil.contracts.claims.ClaimJson.json;

import org.junit.jupiter.api.Test;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.EdtfDate;
import org.vigil.contracts.vocabulary.EventKind;

/** Tallies: counts of many events at once, claims of their own kind. */
class TallyValuesTest {

    private static final String GERMANY = "{'kind': 'rally', 'place': {'countryCode': 'DE'},"
            + " 'period': '2026-01-11/2026-01-20', 'count': {'low': 27, 'qualifier': 'exact'}, 'subject': 'events'}";

    @Test
    void germanysTwentySevenRalliesAreATallyOfEventsInACountryOverAPeriod() {
        Tally tally = ClaimValues.tally(json(GERMANY));
        assertEquals(EventKind.RALLY, tally.kind());
        assertEquals("DE", tally.place().countryCode());
        assertEquals(EdtfDate.parse("2026-01-11/2026-01-20"), tally.period());
        assertEquals(27L, tally.count().low());
        assertEquals(TallySubject.EVENTS, tally.subject());
    }

    @Test
    void aWorldwideTallyHasNoPlace() {
        Tally cities = ClaimValues.tally(json("{'kind': 'rally', 'period': '2026-01/2026-02',"
                + " 'count': {'low': 73, 'qualifier': 'at_least'}, 'subject': 'cities'}"));
        assertNull(cities.place());
        assertNull(cities.count().high());
    }

    @Test
    void aTallyNeedsAPeriod() {
        assertOnlyError(
                check(ClaimProperty.TALLY, GERMANY.replace("'period': '2026-01-11/2026-01-20', ", "")),
                AT + ".period",
                "is required");
    }

    @Test
    void aTallyCountIsAFigureWithItsRules() {
        assertOnlyError(
                check(ClaimProperty.TALLY, GERMANY.replace("'qualifier': 'exact'", "'qualifier': 'range'")),
                AT + ".count.high",
                "is required for qualifier range");
    }

    @Test
    void aTallySubjectIsEventsCitiesOrCountries() {
        assertOnlyError(
                check(ClaimProperty.TALLY, GERMANY.replace("'subject': 'events'", "'subject': 'rallies'")),
                AT + ".subject",
                "must be one of events, cities, countries");
    }
}
