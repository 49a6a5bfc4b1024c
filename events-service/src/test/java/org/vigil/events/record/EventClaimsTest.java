package org.vigil.events.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.events.record.Claims.EVENT;
import static org.vigil.events.record.Claims.MUNICH_EXISTENCE;
import static org.vigil.events.record.Claims.OTHER_EVENT;
import static org.vigil.events.record.Claims.actor;
import static org.vigil.events.record.Claims.attendance;
import static org.vigil.events.record.Claims.claim;
import static org.vigil.events.record.Claims.existence;
import static org.vigil.events.record.Claims.id;
import static org.vigil.events.record.Claims.minute;
import static org.vigil.events.record.Claims.relation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.claims.ActorRole;
import org.vigil.contracts.claims.Place;
import org.vigil.contracts.claims.PlacePrecision;
import org.vigil.contracts.claims.RelationType;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.EdtfDate;
import org.vigil.contracts.vocabulary.EventKind;

class EventClaimsTest {

    private static EventRecord record(ApprovedClaim... claims) {
        return EventClaims.of(EVENT, List.of(claims)).record().orElseThrow();
    }

    @Nested
    class Existence {

        @Test
        void thereIsNoPublicEventWithoutAnApprovedExistenceClaim() {
            EventClaims claims = EventClaims.of(EVENT, List.of(attendance(1, "{'low': 250000, 'qualifier': 'over'}")));
            assertTrue(claims.record().isEmpty());
        }

        @Test
        void anApprovedExistenceClaimCreatesTheEvent() {
            EventRecord event = record(existence(1));
            assertEquals(EVENT, event.id());
            assertEquals(EventKind.RALLY, event.kind());
            assertEquals("Global day of action rally in Munich", event.title());
            assertEquals(EdtfDate.parse("2026-02-14"), event.date());
            assertEquals(new Place("DE", null, "Munich", null, 48.137, 11.575, PlacePrecision.CITY), event.place());
            assertEquals("IR", event.concerns());
        }

        @Test
        void theEventCarriesNoFiguresActorsOrRelationsUntilClaimsSaySo() {
            EventRecord event = record(existence(1));
            assertEquals(Figures.NONE, event.figures());
            assertEquals(List.of(), event.actors());
            assertEquals(List.of(), event.relations());
            assertNull(event.summary());
            assertNull(event.campaign());
        }
    }

    @Nested
    class NewestWins {

        @Test
        void aNewerDateClaimReplacesTheDateOfTheExistenceClaim() {
            EventRecord event = record(existence(1), claim(2, ClaimProperty.DATE, "{'date': '2026-02-14/2026-02-15'}"));
            assertEquals(EdtfDate.parse("2026-02-14/2026-02-15"), event.date());
        }

        @Test
        void anOlderDateClaimGivesWayToANewerExistenceClaim() {
            EventRecord event = record(claim(1, ClaimProperty.DATE, "{'date': '2026-02'}"), existence(2));
            assertEquals(EdtfDate.parse("2026-02-14"), event.date());
        }

        @Test
        void aNewerPlaceClaimReplacesThePlace() {
            EventRecord event = record(
                    existence(1),
                    claim(
                            2,
                            ClaimProperty.PLACE,
                            "{'place': {'countryCode': 'DE', 'city': 'Munich', 'venue': 'Theresienwiese'}}"));
            assertEquals("Theresienwiese", event.place().venue());
            assertEquals(PlacePrecision.VENUE, event.place().precision());
        }

        @Test
        void approvalTimeDecidesNotTheOrderClaimsArrive() {
            ApprovedClaim older = claim(1, ClaimProperty.SUMMARY, "{'text': 'older'}");
            ApprovedClaim newer = claim(2, ClaimProperty.SUMMARY, "{'text': 'newer'}");
            assertEquals("newer", record(existence(3), newer, older).summary());
            assertEquals("newer", record(older, existence(3), newer).summary());
        }

        @Test
        void onTheSameApprovalTimeTheGreaterClaimIdWins() {
            ApprovedClaim a = claim(7, minute(5), ClaimProperty.CAMPAIGN, "{'name': 'from claim 7'}");
            ApprovedClaim b = claim(8, minute(5), ClaimProperty.CAMPAIGN, "{'name': 'from claim 8'}");
            assertEquals("from claim 8", record(existence(1), b, a).campaign());
            assertEquals("from claim 8", record(existence(1), a, b).campaign());
        }

        @Test
        void aNewerExistenceClaimThatLeavesOutConcernsLeavesTheOlderConcernsStanding() {
            ApprovedClaim withoutConcerns = claim(
                    2,
                    ClaimProperty.EXISTENCE,
                    MUNICH_EXISTENCE
                            .replace(" 'concerns': 'IR',", "")
                            .replace("rally in Munich", "rally on the Theresienwiese"));
            EventRecord event = record(existence(1), withoutConcerns);
            assertEquals("Global day of action rally on the Theresienwiese", event.title());
            assertEquals("IR", event.concerns());
        }

        @Test
        void historyListsEveryClaimStatingAFieldNewestFirst() {
            ApprovedClaim first = existence(1);
            ApprovedClaim second = claim(2, ClaimProperty.DATE, "{'date': '2026-02-14/2026-02-15'}");
            ApprovedClaim third = claim(3, ClaimProperty.DATE, "{'date': '2026-02-15'}");
            EventClaims claims = EventClaims.of(EVENT, List.of(second, first, third));
            assertEquals(List.of(third, second, first), claims.history(EventField.DATE));
            assertEquals(List.of(first), claims.history(EventField.TITLE));
            assertEquals(List.of(), claims.history(EventField.SUMMARY));
        }
    }

    @Nested
    class Accumulating {

        @Test
        void actorsAccumulateInTheOrderTheyWereApproved() {
            EventRecord event = record(
                    existence(1),
                    actor(3, "Munich Police", "authority"),
                    actor(2, "Iranian Diaspora Munich", "organiser"));
            assertEquals(
                    List.of(
                            new EventActor("Iranian Diaspora Munich", ActorRole.ORGANISER, List.of(id(2))),
                            new EventActor("Munich Police", ActorRole.AUTHORITY, List.of(id(3)))),
                    event.actors());
        }

        @Test
        void theSameActorInTheSameRoleIsOneActorBackedByBothClaims() {
            EventRecord event = record(
                    existence(1),
                    actor(2, "Iranian Diaspora Munich", "organiser"),
                    actor(3, "iranian  diaspora munich", "organiser"));
            assertEquals(
                    List.of(new EventActor("Iranian Diaspora Munich", ActorRole.ORGANISER, List.of(id(2), id(3)))),
                    event.actors());
        }

        @Test
        void theSameNameInAnotherRoleIsAnotherActor() {
            EventRecord event =
                    record(existence(1), actor(2, "Student Union", "organiser"), actor(3, "Student Union", "target"));
            assertEquals(2, event.actors().size());
        }

        @Test
        void relationsAccumulateOncePerTypeAndEvent() {
            EventRecord event = record(
                    existence(1),
                    relation(2, "part_of", OTHER_EVENT),
                    relation(3, "part_of", OTHER_EVENT),
                    relation(4, "follows", OTHER_EVENT));
            assertEquals(
                    List.of(
                            new EventRelation(RelationType.PART_OF, OTHER_EVENT, List.of(id(2), id(3))),
                            new EventRelation(RelationType.FOLLOWS, OTHER_EVENT, List.of(id(4)))),
                    event.relations());
        }

        @Test
        void eachFigureSpansItsOwnClaims() {
            EventRecord event = record(
                    existence(1),
                    attendance(2, "{'low': 250000, 'qualifier': 'over', 'estimatedBy': 'media'}"),
                    attendance(3, "{'low': 80000, 'qualifier': 'about', 'estimatedBy': 'police'}"),
                    claim(4, ClaimProperty.ARRESTED, "{'low': 2, 'qualifier': 'exact', 'estimatedBy': 'police'}"));
            Figure attendance = event.figures().attendance();
            assertEquals(80_000L, attendance.low());
            assertNull(attendance.high());
            assertTrue(attendance.disputed());
            assertEquals(
                    List.of(id(2), id(3)),
                    attendance.claims().stream().map(FigureClaim::claimId).toList());
            assertFalse(event.figures().arrested().disputed());
            assertNull(event.figures().killed());
        }
    }

    @Nested
    class Robustness {

        @Test
        void theOrderOfTheClaimsDoesNotChangeTheRecord() {
            List<ApprovedClaim> claims = new ArrayList<>(List.of(
                    existence(1),
                    claim(2, ClaimProperty.DATE, "{'date': '2026-02'}"),
                    actor(3, "A", "organiser"),
                    actor(4, "B", "organiser"),
                    attendance(5, "{'low': 1000, 'qualifier': 'at_least'}"),
                    attendance(6, "{'high': 900, 'qualifier': 'under'}")));
            EventRecord expected = EventClaims.of(EVENT, claims).record().orElseThrow();
            Collections.reverse(claims);
            assertEquals(expected, EventClaims.of(EVENT, claims).record().orElseThrow());
        }

        @Test
        void theSameClaimTwiceCountsOnce() {
            ApprovedClaim figure = attendance(2, "{'low': 3000, 'qualifier': 'about'}");
            assertEquals(
                    1,
                    record(existence(1), figure, figure)
                            .figures()
                            .attendance()
                            .claims()
                            .size());
        }

        @Test
        void aClaimWhoseValueBreaksTheRulesIsLeftOutAndReported() {
            ApprovedClaim broken = claim(2, ClaimProperty.SUMMARY, "{'text': 42}");
            EventClaims claims = EventClaims.of(EVENT, List.of(existence(1), broken));
            assertNull(claims.record().orElseThrow().summary());
            assertEquals(broken, claims.unreadable().get(0).claim());
            assertEquals(
                    "value.text", claims.unreadable().get(0).errors().get(0).field());
        }

        @Test
        void aRelationOfTheEventToItselfIsLeftOut() {
            EventClaims claims = EventClaims.of(EVENT, List.of(existence(1), relation(2, "follows", EVENT)));
            assertEquals(List.of(), claims.record().orElseThrow().relations());
            assertEquals(1, claims.unreadable().size());
        }

        @Test
        void updatedAtIsTheNewestApproval() {
            assertEquals(
                    minute(9),
                    record(existence(1), claim(9, ClaimProperty.SUMMARY, "{'text': 'x'}"))
                            .updatedAt());
        }
    }

    @Nested
    class Sources {

        @Test
        void theRecordListsTheSourcesOfTheClaimsItShowsOnce() {
            EventRecord event = record(
                    existence(1),
                    claim(2, ClaimProperty.DATE, "{'date': '2026-02-14'}"),
                    attendance(3, "{'low': 5, 'qualifier': 'exact'}"));
            assertEquals(
                    List.of(id(1001), id(1002), id(1003)),
                    event.sources().stream().map(CitedSource::sourceId).toList());
        }

        @Test
        void aSupersededClaimsSourceIsNotListed() {
            EventRecord event = record(
                    existence(1),
                    claim(2, ClaimProperty.SUMMARY, "{'text': 'old'}"),
                    claim(3, ClaimProperty.SUMMARY, "{'text': 'new'}"));
            assertEquals(
                    List.of(id(1001), id(1003)),
                    event.sources().stream().map(CitedSource::sourceId).toList());
        }
    }
}
