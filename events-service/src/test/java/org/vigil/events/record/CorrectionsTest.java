package org.vigil.events.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.vigil.events.record.Claims.EVENT;
import static org.vigil.events.record.Claims.claim;
import static org.vigil.events.record.Claims.existence;
import static org.vigil.events.record.Claims.id;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.claims.TimeOfDay;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.EventKind;

/** Kind, title and concerns corrected by claims of their own; the local time; signatures. */
class CorrectionsTest {

    private static EventClaims claims(ApprovedClaim... claims) {
        return EventClaims.of(EVENT, List.of(claims));
    }

    private static EventRecord record(ApprovedClaim... claims) {
        return claims(claims).record().orElseThrow();
    }

    @Test
    void anApprovedKindClaimCorrectsTheKind() {
        assertEquals(
                EventKind.COUNTER_PROTEST,
                record(existence(1), claim(2, ClaimProperty.KIND, "{'kind': 'counter_protest'}"))
                        .kind());
    }

    @Test
    void anApprovedTitleClaimCorrectsTheTitle() {
        assertEquals(
                "Rally at the Odeonsplatz",
                record(existence(1), claim(2, ClaimProperty.TITLE, "{'title': 'Rally at the Odeonsplatz'}"))
                        .title());
    }

    @Test
    void anApprovedConcernsClaimCorrectsWhatTheEventConcerns() {
        assertEquals(
                "AF",
                record(existence(1), claim(2, ClaimProperty.CONCERNS, "{'concerns': 'AF'}"))
                        .concerns());
    }

    @Test
    void aNewerExistenceClaimWinsOverAnOlderCorrection() {
        assertEquals(
                EventKind.RALLY,
                record(claim(1, ClaimProperty.KIND, "{'kind': 'other'}"), existence(2))
                        .kind());
    }

    @Test
    void theHistoryOfTheTitleShowsTheCorrectionAndWhatItReplaced() {
        EventClaims claims =
                claims(existence(1), claim(2, ClaimProperty.TITLE, "{'title': 'Rally at the Odeonsplatz'}"));
        assertEquals(
                List.of(id(2), id(1)),
                claims.history(EventField.TITLE).stream()
                        .map(ApprovedClaim::claimId)
                        .toList());
    }

    @Test
    void theLocalTimeIsThatOfTheClaimWhoseDateTheRecordShows() {
        EventRecord event = record(
                existence(1),
                claim(2, ClaimProperty.DATE, "{'date': '2026-02-14', 'time': '14:00', 'timezone': 'Europe/Berlin'}"));
        assertEquals(new TimeOfDay("14:00", "Europe/Berlin"), event.time());
    }

    @Test
    void aNewerDateWithoutATimeLeavesNoTime() {
        EventRecord event = record(
                claim(1, ClaimProperty.DATE, "{'date': '2026-02-14', 'time': '14:00'}"),
                existence(2),
                claim(3, ClaimProperty.DATE, "{'date': '2026-02-15'}"));
        assertNull(event.time());
    }

    @Test
    void signaturesAreAFigureOfTheEvent() {
        EventRecord letter =
                record(existence(1), claim(2, ClaimProperty.SIGNATURES, "{'low': 100000, 'qualifier': 'over'}"));
        assertEquals(100_000L, letter.figures().signatures().low());
    }
}
