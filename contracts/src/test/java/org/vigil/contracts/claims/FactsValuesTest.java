package org.vigil.contracts.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.vigil.contracts.claims.ClaimJson.AT;
import static org.vigil.contracts.claims.ClaimJson.assertOnlyError;
import static org.vigil.contracts.claims.ClaimJson.check;
import static org.vigil.contracts.claims.ClaimJson.json;

import org.junit.jupiter.api.Test;
import org.vigil.contracts.vocabulary.Affected;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.EventKind;

/** Facts the seeds hold: who was hurt, signatures, a local time; and corrections of kind, title, concerns. */
class FactsValuesTest {

    private static final String LONDON = "{'kind': 'rally', 'title': 'Rally in London', 'date': '2026-01-16',"
            + " 'place': {'countryCode': 'GB', 'city': 'London'}";

    @Test
    void anInjuredFigureMaySayThePoliceWereHurt() {
        assertEquals(
                Affected.POLICE,
                ClaimValues.figure(ClaimProperty.INJURED, json("{'low': 4, 'qualifier': 'exact', 'who': 'police'}"))
                        .who());
    }

    @Test
    void anAttendanceFigureCannotSayWhoWasHurt() {
        assertOnlyError(
                check(ClaimProperty.ATTENDANCE, "{'low': 4, 'qualifier': 'exact', 'who': 'police'}"),
                AT + ".who",
                "is not a field of this value");
    }

    @Test
    void signaturesAreAFigure() {
        assertEquals(
                100_000L,
                ClaimValues.figure(ClaimProperty.SIGNATURES, json("{'low': 100000, 'qualifier': 'over'}"))
                        .low());
    }

    @Test
    void anExistenceClaimMayGiveALocalTimeWithTheZoneOfItsPlace() {
        Existence london = ClaimValues.existence(json(LONDON + ", 'time': '18:00', 'timezone': 'Europe/London'}"));
        assertEquals(new TimeOfDay("18:00", "Europe/London"), london.time());
    }

    @Test
    void aLocalTimeMayCarryAnOffsetInsteadOfAZone() {
        assertEquals(
                new TimeOfDay("18:00", "+01:00"),
                ClaimValues.timeOfDay(json("{'date': '2026-02-14', 'time': '18:00', 'timezone': '+01:00'}")));
    }

    @Test
    void aTimeNeedsADateKnownToTheDay() {
        assertOnlyError(
                check(ClaimProperty.DATE, "{'date': '2026-01', 'time': '18:00'}"),
                AT + ".time",
                "needs a date known to the day");
    }

    @Test
    void aTimeIsHoursAndMinutes() {
        assertOnlyError(
                check(ClaimProperty.DATE, "{'date': '2026-01-16', 'time': '6pm'}"),
                AT + ".time",
                "must be a local time HH:mm, e.g. 18:00");
    }

    @Test
    void anUnknownTimezoneIsRefused() {
        assertOnlyError(
                check(ClaimProperty.DATE, "{'date': '2026-01-16', 'time': '18:00', 'timezone': 'Europe/Londonderry'}"),
                AT + ".timezone",
                "must be an IANA time zone (Europe/London) or a UTC offset (+01:00)");
    }

    @Test
    void anExistenceClaimWithoutATimeHasNone() {
        assertNull(ClaimValues.existence(json(LONDON + "}")).time());
    }

    @Test
    void aKindClaimCorrectsTheKind() {
        assertEquals(EventKind.COUNTER_PROTEST, ClaimValues.kind(json("{'kind': 'counter_protest'}")));
    }

    @Test
    void aTitleClaimNeedsATitle() {
        assertOnlyError(check(ClaimProperty.TITLE, "{'title': ' '}"), AT + ".title", "must not be blank");
    }

    @Test
    void aConcernsClaimNamesACountry() {
        assertOnlyError(
                check(ClaimProperty.CONCERNS, "{'concerns': 'Iran'}"),
                AT + ".concerns",
                "must be an ISO 3166-1 alpha-2 country code in capitals, e.g. DE");
    }
}
