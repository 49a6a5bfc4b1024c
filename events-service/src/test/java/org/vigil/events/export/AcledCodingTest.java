package org.vigil.events.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.events.export.AcledRow.assertCells;
import static org.vigil.events.export.AcledRow.cell;
import static org.vigil.events.export.Events.actor;
import static org.vigil.events.export.Events.attendance;
import static org.vigil.events.export.Events.exact;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.claims.ActorRole;
import org.vigil.contracts.claims.Place;
import org.vigil.contracts.claims.PlacePrecision;
import org.vigil.contracts.vocabulary.Affected;
import org.vigil.contracts.vocabulary.EdtfDate;
import org.vigil.contracts.vocabulary.EventKind;
import org.vigil.events.record.EventRecord;
import org.vigil.events.record.Figure;
import org.vigil.events.record.Figures;

/** The ACLED coding derived from the record, row by row of the tables in docs/acled.md. */
class AcledCodingTest {

    private static Figure count(long n) {
        return attendance(exact(n));
    }

    /** A rally with these injured, killed and arrested figures (null: none approved). */
    private static EventRecord rally(Figure injured, Figure killed, Figure arrested) {
        return Events.withFigures(EventKind.RALLY, new Figures(null, injured, killed, arrested));
    }

    @Nested
    class Demonstrations {

        @Test
        void aRallyWithNothingApprovedAboutForceIsAPeacefulProtest() {
            assertEquals(AcledCoding.PEACEFUL_PROTEST, AcledCoding.of(rally(null, null, null)));
        }

        @Test
        void aRallyWhereFourPoliceOfficersWereHospitalisedIsAViolentDemonstration() {
            EventRecord london = rally(Figure.of(List.of(Events.hurt(4, Affected.POLICE))), null, count(14));
            assertEquals(AcledCoding.VIOLENT_DEMONSTRATION, AcledCoding.of(london));
            assertEquals("Violent demonstration", cell(london, "sub_event_type"));
        }

        @Test
        void aRallyWhereProtestersWereHurtIsExcessiveForceAgainstProtesters() {
            EventRecord rally = rally(Figure.of(List.of(Events.hurt(3, Affected.PROTESTERS))), null, null);
            assertEquals(AcledCoding.EXCESSIVE_FORCE_AGAINST_PROTESTERS, AcledCoding.of(rally));
        }

        @Test
        void policeAndProtestersHurtAtOneRallyIsAViolentDemonstration() {
            EventRecord rally = rally(
                    Figure.of(List.of(Events.hurt(4, Affected.POLICE), Events.hurt(2, Affected.PROTESTERS))),
                    null,
                    null);
            assertEquals(AcledCoding.VIOLENT_DEMONSTRATION, AcledCoding.of(rally));
        }

        @Test
        void aRallyWith14ArrestsIsNotAPeacefulProtestButAProtestWithIntervention() {
            EventRecord london = rally(null, null, count(14));
            assertEquals(AcledCoding.PROTEST_WITH_INTERVENTION, AcledCoding.of(london));
            assertEquals("Protest with intervention", cell(london, "sub_event_type"));
        }

        @Test
        void aRallyWhereAnAuthorityIsNamedIsAProtestWithInterventionAgainstStateForces() {
            EventRecord kettled = Events.withActors(EventKind.RALLY, actor("Metropolitan Police", ActorRole.AUTHORITY));
            assertEquals(AcledCoding.PROTEST_WITH_INTERVENTION, AcledCoding.of(kettled));
            assertCells(Map.of("actor2", "Metropolitan Police", "inter2", "1", "interaction", "16"), kettled);
        }

        @Test
        void aRallyWithInjuredIsExcessiveForceAgainstProtesters() {
            EventRecord hurt = rally(count(2), null, count(3));
            assertEquals(AcledCoding.EXCESSIVE_FORCE_AGAINST_PROTESTERS, AcledCoding.of(hurt));
            assertCells(
                    Map.of(
                            "disorder_type", "Political violence; Demonstrations",
                            "actor2", "Protesters (Germany)",
                            "civilian_targeting", "Civilian targeting"),
                    hurt);
        }

        @Test
        void aRallyWithDeathsIsExcessiveForceAgainstProtesters() {
            assertEquals(AcledCoding.EXCESSIVE_FORCE_AGAINST_PROTESTERS, AcledCoding.of(rally(null, count(1), null)));
        }

        @Test
        void policeHurtAtADemonstrationMakeItAViolentDemonstration() {
            assertEquals(AcledCoding.VIOLENT_DEMONSTRATION, new Demonstration(true, true, true, true).coding());
            assertEquals("Riots", AcledCoding.VIOLENT_DEMONSTRATION.eventType());
        }

        @Test
        void anApprovedZeroIsNotAnInjury() {
            assertEquals(AcledCoding.PEACEFUL_PROTEST, AcledCoding.of(rally(count(0), count(0), count(0))));
        }

        @Test
        void aCounterProtestIsCodedByTheSameTable() {
            EventRecord counter =
                    Events.withFigures(EventKind.COUNTER_PROTEST, new Figures(null, null, null, count(5)));
            assertEquals(AcledCoding.PROTEST_WITH_INTERVENTION, AcledCoding.of(counter));
        }

        @Test
        void figuresDoNotChangeTheCodingOfOtherKinds() {
            EventRecord attack = Events.withFigures(EventKind.ATTACK, new Figures(null, count(2), null, count(1)));
            assertEquals(AcledCoding.ATTACK, AcledCoding.of(attack));
        }
    }

    @Nested
    class Kinds {

        @Test
        void anAttackTargetsCiviliansNamedOrNot() {
            EventRecord attack = Events.withActors(EventKind.ATTACK, actor("Driver", ActorRole.PERPETRATOR));
            assertCells(
                    Map.of("actor2", "Civilians (Germany)", "inter2", "7", "civilian_targeting", "Civilian targeting"),
                    attack);
        }

        @Test
        void aPetitionIsAStrategicDevelopment() {
            assertEquals("Strategic developments", cell(Events.withActors(EventKind.PETITION), "event_type"));
        }
    }

    @Nested
    class Countries {

        @Test
        void countriesAreSpelledAsAcledSpellsThem() {
            EventRecord prague =
                    Events.withPlace(new Place("CZ", null, "Prague", null, 50.08, 14.43, PlacePrecision.CITY));
            assertCells(Map.of("country", "Czech Republic", "actor1", "Protesters (Czech Republic)"), prague);
            EventRecord istanbul =
                    Events.withPlace(new Place("TR", null, "Istanbul", null, 41.01, 28.97, PlacePrecision.CITY));
            assertEquals("Turkey", cell(istanbul, "country"));
        }

        @Test
        void eachCountryIsInItsAcledRegion() {
            assertEquals("Europe", AcledCountry.region("DE"));
            assertEquals("North America", AcledCountry.region("CA"));
            assertEquals("Middle East", AcledCountry.region("IR"));
            assertEquals("Caucasus and Central Asia", AcledCountry.region("AM"));
            assertEquals("Oceania", AcledCountry.region("AU"));
        }

        @Test
        void anIncidentWithNoCountryIsStillExported() {
            EventRecord online = Events.withPlace(new Place(null, null, null, null, null, null, null));
            assertCells(
                    Map.of(
                            "country", "",
                            "region", "",
                            "event_id_cnty", online.id().toString(),
                            "actor1", "Protesters"),
                    online);
        }

        @Test
        void anOnlineIncidentIsLocatedOnline() {
            EventRecord phishing = Events.bare(
                    EventKind.THREAT, "Phishing of journalists", EdtfDate.parse("2026-01"), Events.PHISHING);
            assertCells(Map.of("location", "Online", "latitude", ""), phishing);
        }

        @Test
        void theYearIsTheEventDatesYear() {
            assertEquals("2026", cell(Events.withDate("2026-02-14"), "year"));
        }
    }
}
