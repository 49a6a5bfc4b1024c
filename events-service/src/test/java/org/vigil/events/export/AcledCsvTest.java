package org.vigil.events.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.events.export.AcledRow.assertCells;
import static org.vigil.events.export.AcledRow.cell;
import static org.vigil.events.export.Events.MUNICH_ID;
import static org.vigil.events.export.Events.UPDATED;
import static org.vigil.events.export.Events.actor;
import static org.vigil.events.export.Events.attendance;
import static org.vigil.events.export.Events.claim;
import static org.vigil.events.export.Events.exact;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.claims.ActorRole;
import org.vigil.contracts.claims.Place;
import org.vigil.contracts.claims.PlacePrecision;
import org.vigil.contracts.vocabulary.EventKind;
import org.vigil.contracts.vocabulary.Qualifier;
import org.vigil.events.record.EventRecord;
import org.vigil.events.record.Figures;

class AcledCsvTest {

    @Test
    void theHeaderNamesEveryAcledColumnInAcledsOrder() {
        assertEquals(
                "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
                        + "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,"
                        + "admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,"
                        + "timestamp\r\n",
                AcledCsv.header());
    }

    @Test
    void aSourceWhoseQuoteWasNotFoundIsMarkedUnverified() {
        assertEquals("Wikipedia (quote unverified)", cell(Events.munichOnAnUnverifiedQuote(), "source"));
    }

    @Test
    void theMunichRallyReadsAsAnAcledPeacefulProtest() {
        assertEquals(
                "DEU-" + MUNICH_ID + ",2026-02-14,2026,1,Demonstrations,Protests,Peaceful protest,Protesters (Germany),"
                        + "Iranian Diaspora Munich,6,,,,60,,276,Europe,Germany,Bavaria,,,Munich,48.137,11.575,1,Wikipedia,,"
                        + "Global day of action rally in Munich,0,\"crowd size=over 250,000\","
                        + UPDATED.getEpochSecond()
                        + "\r\n",
                AcledCsv.row(Events.munich()));
    }

    @Test
    void everyKindHasAnAcledCoding() {
        for (EventKind kind : EventKind.values()) {
            assertNotNull(AcledCoding.of(kind), kind.wire());
        }
    }

    @Nested
    class Actors {

        @Test
        void anAttackNamesItsFirstPerpetratorAsActor1AndTheOthersAsAssociated() {
            EventRecord attack = Events.withActors(
                    EventKind.ATTACK,
                    actor("Driver", ActorRole.PERPETRATOR),
                    actor("Accomplice", ActorRole.PERPETRATOR));
            assertCells(
                    Map.of(
                            "actor1", "Driver",
                            "assoc_actor_1", "Accomplice",
                            "event_type", "Violence against civilians",
                            "inter1", ""),
                    attack);
        }

        @Test
        void anArrestNamesTheAuthorityAsStateForces() {
            EventRecord arrest = Events.withActors(EventKind.ARREST, actor("Metropolitan Police", ActorRole.AUTHORITY));
            assertCells(Map.of("actor1", "Metropolitan Police", "inter1", "1", "sub_event_type", "Arrests"), arrest);
        }

        @Test
        void withoutANamedActorActor1StaysEmptyRatherThanGuessed() {
            EventRecord threat = Events.withActors(EventKind.THREAT);
            assertCells(Map.of("actor1", "", "inter1", ""), threat);
        }

        @Test
        void severalAssociatedActorsAreSeparatedBySemicolons() {
            EventRecord rally = Events.withActors(
                    EventKind.RALLY,
                    actor("Participants Group", ActorRole.PARTICIPANT),
                    actor("Organisers Group", ActorRole.ORGANISER));
            assertEquals("Organisers Group; Participants Group", cell(rally, "assoc_actor_1"));
        }
    }

    @Nested
    class Dates {

        @Test
        void aKnownDayHasTimePrecision1() {
            assertEquals("1", cell(Events.withDate("2026-02-14"), "time_precision"));
        }

        @Test
        void aRangeOfAtMostAWeekHasTimePrecision2() {
            assertCells(
                    Map.of("time_precision", "2", "event_date", "2026-01-14"),
                    Events.withDate("2026-01-14/2026-01-20"));
        }

        @Test
        void aMonthOrALongerSpanHasTimePrecision3() {
            assertEquals("3", cell(Events.withDate("2026-01"), "time_precision"));
            assertEquals("3", cell(Events.withDate("2026-01-11/2026-01-20"), "time_precision"));
            assertEquals("3", cell(Events.withDate("2026-01/.."), "time_precision"));
        }

        @Test
        void anOpenStartIsDatedByItsLastDay() {
            assertEquals("2026-02-28", cell(Events.withDate("../2026-02"), "event_date"));
        }
    }

    @Nested
    class Places {

        @Test
        void aCityIsGeoPrecision1() {
            assertEquals("1", cell(Events.withPlace(Events.MUNICH), "geo_precision"));
        }

        @Test
        void aRegionOrCountryIsGeoPrecision3AndNamedAsTheLocation() {
            EventRecord bavaria =
                    Events.withPlace(new Place("DE", "Bavaria", null, null, null, null, PlacePrecision.REGION));
            assertCells(Map.of("geo_precision", "3", "location", "Bavaria", "latitude", ""), bavaria);
        }

        @Test
        void aNegativeLongitudeIsANumberNotDefendedText() {
            EventRecord toronto = Events.withPlace(
                    new Place("CA", "Ontario", "Toronto", null, 43.6532, -79.3832, PlacePrecision.CITY));
            assertCells(Map.of("longitude", "-79.3832", "iso", "124"), toronto);
        }

        @Test
        void kosovoHasNoNumericIso() {
            EventRecord pristina =
                    Events.withPlace(new Place("XK", null, "Pristina", null, null, null, PlacePrecision.CITY));
            assertEquals("", cell(pristina, "iso"));
            assertTrue(cell(pristina, "event_id_cnty").startsWith("XKX-"));
        }
    }

    @Nested
    class Figures_ {

        @Test
        void fatalitiesAreTheLowEndOfKilled() {
            Figures figures = new Figures(null, null, attendance(exact(2), exact(3)), null);
            assertEquals("2", cell(Events.withFigures(EventKind.ATTACK, figures), "fatalities"));
        }

        @Test
        void fatalitiesAreZeroWhenNoneAreReportedOrTheLowIsOpen() {
            assertEquals("0", cell(Events.withFigures(EventKind.ATTACK, Figures.NONE), "fatalities"));
            Figures upTo = new Figures(null, null, attendance(claim(null, 4L, Qualifier.UP_TO)), null);
            assertEquals("0", cell(Events.withFigures(EventKind.ATTACK, upTo), "fatalities"));
        }

        @Test
        void aRallyWithoutAttendanceIsTaggedNoReport() {
            assertEquals("crowd size=no report", cell(Events.withFigures(EventKind.RALLY, Figures.NONE), "tags"));
        }

        @Test
        void anArrestWithoutAttendanceHasNoTags() {
            assertEquals("", cell(Events.withFigures(EventKind.ARREST, Figures.NONE), "tags"));
        }
    }

    @Nested
    class Safety {

        @Test
        void aTitleWrittenAsAFormulaIsDefused() {
            assertEquals("'=cmd|' /C calc'!A0", cell(Events.withTitle("=cmd|' /C calc'!A0"), "notes"));
        }

        @Test
        void persianTextIsWrittenAsUtf8() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AcledCsv.export(List.of(Events.withTitle("تجمع در مونیخ")).iterator(), out);
            assertTrue(out.toString(StandardCharsets.UTF_8).contains(",تجمع در مونیخ,"));
        }

        @Test
        void aTitleWithQuotesAndCommasStaysOneCell() {
            String row = AcledCsv.row(Events.withTitle("Rally \"Woman, Life, Freedom\""));
            assertTrue(row.contains(",\"Rally \"\"Woman, Life, Freedom\"\"\","), row);
        }
    }

    @Nested
    class Streaming {

        @Test
        void eachEventIsWrittenBeforeTheNextIsAskedFor() throws IOException {
            StringWriter out = new StringWriter();
            List<EventRecord> events =
                    List.of(Events.withTitle("first"), Events.withTitle("second"), Events.withTitle("third"));
            List<Integer> linesSeenAtEachRequest = new ArrayList<>();
            Iterator<EventRecord> watching = new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < events.size();
                }

                @Override
                public EventRecord next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    linesSeenAtEachRequest.add(out.toString().split("\r\n", -1).length - 1);
                    return events.get(next++);
                }
            };
            assertEquals(3, AcledCsv.export(watching, out));
            assertEquals(List.of(1, 2, 3), linesSeenAtEachRequest);
        }

        @Test
        void aLargeExportWritesEveryRow() throws IOException {
            long[] bytes = {0};
            OutputStream counting = new OutputStream() {
                @Override
                public void write(int b) {
                    bytes[0]++;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes[0] += len;
                }
            };
            EventRecord munich = Events.munich();
            Iterator<EventRecord> many =
                    Stream.generate(() -> munich).limit(10_000).iterator();
            assertEquals(10_000, AcledCsv.export(many, counting));
            assertEquals(
                    AcledCsv.header().length() + 10_000L * AcledCsv.row(munich).length(), bytes[0]);
        }
    }
}
