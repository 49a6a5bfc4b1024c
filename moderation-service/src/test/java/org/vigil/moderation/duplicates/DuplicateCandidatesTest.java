package org.vigil.moderation.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.vocabulary.EventKind;

class DuplicateCandidatesTest {

    static final LocalDate FEB_14 = LocalDate.of(2026, 2, 14);
    static final UUID KNOWN = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final UUID OTHER = UUID.fromString("00000000-0000-4000-8000-000000000002");

    /** Munich, Marienplatz. */
    static final EventOutline MUNICH_RALLY = rally(FEB_14, FEB_14, "DE", "Munich", 48.1374, 11.5755);

    private final DuplicateCandidates duplicates = new DuplicateCandidates();

    static EventOutline rally(LocalDate start, LocalDate end, String country, String city, Double lat, Double lon) {
        return new EventOutline(EventKind.RALLY, start, end, country, city, lat, lon);
    }

    private List<UUID> candidatesFor(EventOutline proposed, EventOutline... known) {
        List<KnownEvent> events = known.length == 1
                ? List.of(new KnownEvent(KNOWN, known[0]))
                : List.of(new KnownEvent(KNOWN, known[0]), new KnownEvent(OTHER, known[1]));
        return duplicates.among(proposed, events).stream()
                .map(DuplicateCandidate::eventId)
                .toList();
    }

    @Test
    void theSameKindOnTheSameDayInTheSameCityIsACandidate() {
        EventOutline known = rally(FEB_14, FEB_14, "DE", "Munich", null, null);

        List<DuplicateCandidate> found = duplicates.among(MUNICH_RALLY, List.of(new KnownEvent(KNOWN, known)));

        assertEquals(List.of(new DuplicateCandidate(KNOWN, true, null)), found);
    }

    @Test
    void cityNamesMatchWhateverTheirCaseDiacriticsAndPunctuation() {
        EventOutline proposed = rally(FEB_14, FEB_14, "DE", "Frankfurt-am-Main", null, null);
        EventOutline known = rally(FEB_14, FEB_14, "DE", "  FRANKFURT am main", null, null);

        assertEquals(List.of(KNOWN), candidatesFor(proposed, known));
        assertEquals(
                List.of(KNOWN),
                candidatesFor(
                        rally(FEB_14, FEB_14, "CH", "Zürich", null, null),
                        rally(FEB_14, FEB_14, "CH", "ZURICH", null, null)));
    }

    @Test
    void persianCityNamesMatchWhetherWrittenWithArabicOrPersianLetters() {
        EventOutline persianKaf = rally(FEB_14, FEB_14, "IR", "\u06A9\u0631\u062C", null, null);
        EventOutline arabicKaf = rally(FEB_14, FEB_14, "IR", "\u0643\u0631\u062C", null, null);

        assertEquals(List.of(KNOWN), candidatesFor(persianKaf, arabicKaf));
    }

    @Test
    void aCityOfTheSameNameInAnotherCountryIsNotACandidate() {
        EventOutline paris = rally(FEB_14, FEB_14, "FR", "Paris", null, null);
        EventOutline parisTexas = rally(FEB_14, FEB_14, "US", "Paris", null, null);

        assertEquals(List.of(), candidatesFor(paris, parisTexas));
    }

    @Test
    void anEventWithin25KmIsACandidateWhateverItsCityIsCalled() {
        EventOutline dachau = rally(FEB_14, FEB_14, "DE", "Dachau", 48.2600, 11.4340);

        List<DuplicateCandidate> found = duplicates.among(MUNICH_RALLY, List.of(new KnownEvent(KNOWN, dachau)));

        assertEquals(1, found.size());
        assertFalse(found.get(0).sameCity());
        assertEquals(17.2, found.get(0).distanceKm(), 0.1);
    }

    @Test
    void anEventFartherThan25KmIsNotACandidate() {
        EventOutline augsburg = rally(FEB_14, FEB_14, "DE", "Augsburg", 48.3705, 10.8978);

        assertEquals(List.of(), candidatesFor(MUNICH_RALLY, augsburg));
    }

    @Test
    void anotherKindIsNotACandidate() {
        EventOutline counterProtest =
                new EventOutline(EventKind.COUNTER_PROTEST, FEB_14, FEB_14, "DE", "Munich", 48.1374, 11.5755);

        assertEquals(List.of(), candidatesFor(MUNICH_RALLY, counterProtest));
    }

    @Test
    void datesThatDoNotOverlapAreNotACandidate() {
        EventOutline dayAfter = rally(FEB_14.plusDays(1), FEB_14.plusDays(1), "DE", "Munich", 48.1374, 11.5755);

        assertEquals(List.of(), candidatesFor(MUNICH_RALLY, dayAfter));
    }

    @Test
    void aMonthOverlapsEveryDayInIt() {
        EventOutline february = rally(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), "DE", "Munich", null, null);

        assertEquals(List.of(KNOWN), candidatesFor(MUNICH_RALLY, february));
    }

    @Test
    void anOpenEndedEventOverlapsEverythingFromItsStart() {
        EventOutline fromJanuary = rally(LocalDate.of(2026, 1, 11), null, "DE", "Munich", null, null);
        EventOutline untilJanuary = rally(null, LocalDate.of(2026, 1, 31), "DE", "Munich", null, null);

        assertEquals(List.of(KNOWN), candidatesFor(MUNICH_RALLY, fromJanuary));
        assertEquals(List.of(), candidatesFor(MUNICH_RALLY, untilJanuary));
    }

    @Test
    void withNeitherCityNorCoordinatesNothingMatches() {
        EventOutline somewhereInGermany = rally(FEB_14, FEB_14, "DE", null, null, null);

        assertEquals(List.of(), candidatesFor(somewhereInGermany, MUNICH_RALLY));
    }

    @Test
    void candidatesComeNearestFirst() {
        EventOutline dachau = rally(FEB_14, FEB_14, "DE", "Dachau", 48.2600, 11.4340);
        EventOutline theresienwiese = rally(FEB_14, FEB_14, "DE", "München", 48.1316, 11.5494);

        assertEquals(List.of(OTHER, KNOWN), candidatesFor(MUNICH_RALLY, dachau, theresienwiese));
    }

    @Test
    void distanceIsMeasuredAlongTheEarth() {
        assertEquals(504.3, DuplicateCandidates.distanceKm(48.1374, 11.5755, 52.5200, 13.4050), 0.1);
        assertEquals(0.0, DuplicateCandidates.distanceKm(48.1374, 11.5755, 48.1374, 11.5755));
    }

    @Test
    void aPlaceWithOnlyOneCoordinateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> rally(FEB_14, FEB_14, "DE", "Munich", 48.1, null));
    }
}
