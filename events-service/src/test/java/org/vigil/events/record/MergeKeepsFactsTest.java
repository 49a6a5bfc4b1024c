package org.vigil.events.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.events.record.Claims.EVENT;
import static org.vigil.events.record.Claims.claim;
import static org.vigil.events.record.Claims.existence;
import static org.vigil.events.record.Claims.minute;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.claims.PlacePrecision;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.EdtfDate;

/** What the surviving event of a merge shows: its own facts, made more precise by the duplicate's. */
class MergeKeepsFactsTest {

    private static final String DUPLICATE_AT_VENUE = "{'kind': 'rally', 'title': 'Munich rally at Odeonsplatz',"
            + " 'date': '2026-02-14',"
            + " 'place': {'countryCode': 'DE', 'city': 'Munich', 'venue': 'Odeonsplatz', 'lat': 48.1425, 'lon': 11.5775,"
            + " 'precision': 'venue'}}";

    private static final String DUPLICATE_IN_GERMANY = "{'kind': 'rally', 'title': 'Rallies in Germany',"
            + " 'date': '2026-02', 'place': {'countryCode': 'DE', 'precision': 'country'}}";

    private static EventRecord survivor(ApprovedClaim... claims) {
        return EventClaims.of(EVENT, List.of(claims)).record().orElseThrow();
    }

    /** Claim {@code n} of the duplicate, approved at minute {@code n}, merged in at minute {@code mergedAt}. */
    private static ApprovedClaim absorbed(int n, int mergedAt, String existence) {
        return claim(n, ClaimProperty.EXISTENCE, existence).absorbed(minute(mergedAt));
    }

    @Test
    void theSurvivorKeepsItsOwnTitleThoughTheDuplicatesExistenceIsNewer() {
        EventRecord event = survivor(existence(1), absorbed(2, 3, DUPLICATE_AT_VENUE));
        assertEquals("Global day of action rally in Munich", event.title());
    }

    @Test
    void theSurvivorTakesTheDuplicatesMorePrecisePlace() {
        EventRecord event = survivor(existence(1), absorbed(2, 3, DUPLICATE_AT_VENUE));
        assertEquals(PlacePrecision.VENUE, event.place().precision());
        assertEquals("Odeonsplatz", event.place().venue());
    }

    @Test
    void theSurvivorKeepsItsPlaceWhenTheDuplicatesIsVaguer() {
        EventRecord event = survivor(existence(1), absorbed(2, 3, DUPLICATE_IN_GERMANY));
        assertEquals(PlacePrecision.CITY, event.place().precision());
        assertEquals("Munich", event.place().city());
    }

    @Test
    void theSurvivorKeepsItsDayWhenTheDuplicateKnowsOnlyTheMonth() {
        EventRecord event = survivor(existence(1), absorbed(2, 3, DUPLICATE_IN_GERMANY));
        assertEquals(EdtfDate.parse("2026-02-14"), event.date());
    }

    @Test
    void aPlaceApprovedForTheSurvivorAfterTheMergeIsAModeratorsChoiceAndWins() {
        ApprovedClaim cityAfterMerge = claim(
                4,
                ClaimProperty.PLACE,
                "{'place': {'countryCode': 'DE', 'city': 'Munich', 'lat': 48.137, 'lon': 11.575, 'precision': 'city'}}");
        EventRecord event = survivor(existence(1), absorbed(2, 3, DUPLICATE_AT_VENUE), cityAfterMerge);
        assertEquals(PlacePrecision.CITY, event.place().precision());
    }

    @Test
    void aDuplicateFillsInWhatTheSurvivorNeverSaid() {
        ApprovedClaim summary = claim(2, ClaimProperty.SUMMARY, "{'text': 'Over 250,000 attended.'}")
                .absorbed(minute(3));
        EventRecord event = survivor(existence(1), summary);
        assertEquals("Over 250,000 attended.", event.summary());
    }

    @Test
    void theHistoryOfAFieldStartsWithTheValueTheRecordShows() {
        ApprovedClaim own = existence(1);
        ApprovedClaim duplicate = absorbed(2, 3, DUPLICATE_IN_GERMANY);
        List<ApprovedClaim> history =
                EventClaims.of(EVENT, List.of(own, duplicate)).history(EventField.TITLE);
        assertEquals(
                List.of(own.claimId(), duplicate.claimId()),
                history.stream().map(ApprovedClaim::claimId).toList());
    }
}
