package org.vigil.contracts.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.EdtfDate;
import org.vigil.contracts.vocabulary.EstimatedBy;
import org.vigil.contracts.vocabulary.EventKind;
import org.vigil.contracts.vocabulary.FigureValue;
import org.vigil.contracts.vocabulary.Qualifier;

class ClaimValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AT = "claims[0].value";

    /** JSON with single quotes, to keep the fixtures readable. */
    static JsonNode json(String singleQuoted) {
        try {
            return JSON.readTree(singleQuoted.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static List<FieldError> check(ClaimProperty property, String value) {
        return ClaimValues.check(property, json(value), AT);
    }

    static void assertOnlyError(List<FieldError> errors, String field, String message) {
        assertEquals(List.of(new FieldError(field, message)), errors);
    }

    @Nested
    class ExistenceValues {

        static final String MUNICH = "{'kind': 'rally', 'title': 'Global day of action rally in Munich',"
                + " 'date': '2026-02-14', 'concerns': 'IR',"
                + " 'place': {'countryCode': 'DE', 'city': 'Munich', 'lat': 48.137, 'lon': 11.575, 'precision': 'city'}}";

        @Test
        void theSpecExampleIsValid() {
            assertEquals(List.of(), check(ClaimProperty.EXISTENCE, MUNICH));
        }

        @Test
        void readsIntoTypedValues() {
            Existence existence = ClaimValues.existence(json(MUNICH));
            assertEquals(EventKind.RALLY, existence.kind());
            assertEquals(EdtfDate.parse("2026-02-14"), existence.date());
            assertEquals(new Place("DE", null, "Munich", null, 48.137, 11.575, PlacePrecision.CITY), existence.place());
            assertEquals("IR", existence.concerns());
        }

        @Test
        void concernsMayBeLeftOut() {
            assertNull(ClaimValues.existence(json(MUNICH.replace(" 'concerns': 'IR',", ""))).concerns());
        }

        @Test
        void namesEveryMissingField() {
            List<FieldError> errors = check(ClaimProperty.EXISTENCE, "{}");
            assertEquals(
                    List.of(AT + ".kind", AT + ".title", AT + ".date", AT + ".place"),
                    errors.stream().map(FieldError::field).toList());
        }

        @Test
        void anUnknownKindListsTheKinds() {
            assertOnlyError(
                    check(ClaimProperty.EXISTENCE, MUNICH.replace("'rally'", "'riot'")),
                    AT + ".kind",
                    "must be one of rally, counter_protest, attack, threat, restriction, arrest, petition, official_action, other");
        }

        @Test
        void aTitleLongerThan300CharactersIsRefused() {
            String title = "x".repeat(301);
            assertOnlyError(
                    check(ClaimProperty.EXISTENCE, MUNICH.replace("Global day of action rally in Munich", title)),
                    AT + ".title",
                    "must be at most 300 characters");
        }

        @Test
        void aPersianTitleIsCountedInCharactersNotBytes() {
            String title = "تجمع همبستگی در مونیخ ".repeat(13).strip();
            assertTrue(title.length() <= 300);
            assertEquals(List.of(), check(ClaimProperty.EXISTENCE, MUNICH.replace("Global day of action rally in Munich", title)));
        }

        @Test
        void aTitleWithALineBreakIsRefused() {
            assertOnlyError(
                    check(ClaimProperty.EXISTENCE, MUNICH.replace("rally in Munich", "rally\\nin Munich")),
                    AT + ".title",
                    "must not contain control characters or line breaks");
        }

        @Test
        void anInvalidDateCarriesTheDateMessage() {
            assertOnlyError(
                    check(ClaimProperty.EXISTENCE, MUNICH.replace("2026-02-14", "2026-02-30")),
                    AT + ".date",
                    "not an EDTF date '2026-02-30': no such day");
        }

        @Test
        void anInvalidConcernsCodeIsNamed() {
            assertOnlyError(
                    check(ClaimProperty.EXISTENCE, MUNICH.replace("'IR'", "'Iran'")),
                    AT + ".concerns",
                    "must be an ISO 3166-1 alpha-2 country code in capitals, e.g. DE");
        }

        @Test
        void aMisspeltFieldIsRefusedRatherThanLost() {
            assertOnlyError(
                    check(ClaimProperty.EXISTENCE, MUNICH.replace("'concerns'", "'concern'")),
                    AT + ".concern",
                    "is not a field of this value");
        }

        @Test
        void aValueThatIsNotAnObjectIsRefused() {
            assertOnlyError(check(ClaimProperty.EXISTENCE, "'a rally'"), AT, "must be an object");
        }

        @Test
        void aMissingValueIsRequired() {
            assertOnlyError(ClaimValues.check(ClaimProperty.EXISTENCE, null, AT), AT, "is required");
        }
    }

    @Nested
    class PlaceValues {

        @Test
        void theCountryCodeIsValidated() {
            assertOnlyError(
                    check(ClaimProperty.PLACE, "{'place': {'countryCode': 'de', 'city': 'Munich'}}"),
                    AT + ".place.countryCode",
                    "must be an ISO 3166-1 alpha-2 country code in capitals, e.g. DE");
        }

        @Test
        void latitudeMustBeWithinNinetyDegrees() {
            assertOnlyError(
                    check(ClaimProperty.PLACE, "{'place': {'countryCode': 'DE', 'lat': 91, 'lon': 11.5}}"),
                    AT + ".place.lat",
                    "must be a number from -90 to 90");
        }

        @Test
        void longitudeMustBeWithin180Degrees() {
            assertOnlyError(
                    check(ClaimProperty.PLACE, "{'place': {'countryCode': 'DE', 'lat': 48.1, 'lon': -180.5}}"),
                    AT + ".place.lon",
                    "must be a number from -180 to 180");
        }

        @Test
        void theExtremeCoordinatesAreValid() {
            assertEquals(List.of(), check(ClaimProperty.PLACE, "{'place': {'countryCode': 'AQ', 'lat': -90, 'lon': 180}}"));
        }

        @Test
        void coordinatesAsStringsAreRefused() {
            assertOnlyError(
                    check(ClaimProperty.PLACE, "{'place': {'countryCode': 'DE', 'lat': '48.1', 'lon': 11.5}}"),
                    AT + ".place.lat",
                    "must be a number from -90 to 90");
        }

        @Test
        void latitudeWithoutLongitudeIsRefused() {
            assertOnlyError(
                    check(ClaimProperty.PLACE, "{'place': {'countryCode': 'DE', 'lat': 48.1}}"),
                    AT + ".place.lon",
                    "is required when lat is given");
        }

        @Test
        void precisionDefaultsToTheFinestUnitNamed() {
            assertEquals(PlacePrecision.VENUE, ClaimValues.place(json("{'place': {'countryCode': 'DE', 'city': 'Munich', 'venue': 'Theresienwiese'}}")).precision());
            assertEquals(PlacePrecision.CITY, ClaimValues.place(json("{'place': {'countryCode': 'DE', 'city': 'Munich'}}")).precision());
            assertEquals(PlacePrecision.REGION, ClaimValues.place(json("{'place': {'countryCode': 'DE', 'admin1': 'Bavaria'}}")).precision());
            assertEquals(PlacePrecision.COUNTRY, ClaimValues.place(json("{'place': {'countryCode': 'DE'}}")).precision());
        }

        @Test
        void aPrecisionMustNameAUnitThePlaceHas() {
            assertOnlyError(
                    check(ClaimProperty.PLACE, "{'place': {'countryCode': 'DE', 'admin1': 'Bavaria', 'precision': 'city'}}"),
                    AT + ".place.precision",
                    "city needs the place's city");
        }

        @Test
        void aBlankOptionalNameCountsAsLeftOut() {
            Place place = ClaimValues.place(json("{'place': {'countryCode': 'DE', 'city': 'Munich', 'venue': '  '}}"));
            assertNull(place.venue());
            assertEquals(PlacePrecision.CITY, place.precision());
        }

        @Test
        void aBlankCountryCodeIsReportedAsBlank() {
            assertOnlyError(
                    check(ClaimProperty.PLACE, "{'place': {'countryCode': ' '}}"),
                    AT + ".place.countryCode",
                    "must not be blank");
        }
    }

    @Nested
    class FigureValues {

        @Test
        void overTakesOnlyALowBound() {
            assertEquals(
                    new FigureValue(250_000L, null, Qualifier.OVER, EstimatedBy.MEDIA, null),
                    ClaimValues.figure(json("{'low': 250000, 'high': null, 'qualifier': 'over', 'estimatedBy': 'media'}")));
        }

        @Test
        void overWithAHighBoundIsRefused() {
            assertOnlyError(
                    check(ClaimProperty.ATTENDANCE, "{'low': 250000, 'high': 300000, 'qualifier': 'over'}"),
                    AT + ".high",
                    "must be left out for qualifier over: the figure has no upper bound");
        }

        @Test
        void aboutIsReadBackWithHighEqualToLow() {
            FigureValue about = ClaimValues.figure(json("{'low': 3000, 'qualifier': 'about', 'estimatedBy': 'police'}"));
            assertEquals(3000L, about.high());
        }

        @Test
        void exactWithADifferentHighIsRefused() {
            assertOnlyError(
                    check(ClaimProperty.KILLED, "{'low': 3, 'high': 4, 'qualifier': 'exact'}"),
                    AT + ".high",
                    "must equal low or be left out for qualifier exact");
        }

        @Test
        void upToTakesOnlyAHighBound() {
            FigureValue upTo = ClaimValues.figure(json("{'high': 5000, 'qualifier': 'up_to'}"));
            assertNull(upTo.low());
            assertEquals(5000L, upTo.high());
        }

        @Test
        void upToWithALowBoundAsksForARange() {
            assertOnlyError(
                    check(ClaimProperty.ATTENDANCE, "{'low': 10, 'high': 5000, 'qualifier': 'up_to'}"),
                    AT + ".low",
                    "must be left out for qualifier up_to; use range to give both bounds");
        }

        @Test
        void aRangeNeedsBothBounds() {
            assertOnlyError(
                    check(ClaimProperty.ATTENDANCE, "{'low': 3000, 'qualifier': 'range'}"),
                    AT + ".high",
                    "is required for qualifier range");
        }

        @Test
        void aRangeWhoseLowExceedsItsHighIsRefused() {
            assertOnlyError(
                    check(ClaimProperty.ATTENDANCE, "{'low': 5000, 'high': 3000, 'qualifier': 'range'}"),
                    AT + ".low",
                    "must not be greater than high");
        }

        @Test
        void figuresAboveOneHundredMillionAreRefused() {
            assertOnlyError(
                    check(ClaimProperty.ATTENDANCE, "{'low': 100000001, 'qualifier': 'exact'}"),
                    AT + ".low",
                    "must be a whole number from 0 to 100,000,000");
        }

        @Test
        void negativeAndFractionalFiguresAreRefused() {
            assertEquals(1, check(ClaimProperty.INJURED, "{'low': -1, 'qualifier': 'exact'}").size());
            assertEquals(1, check(ClaimProperty.INJURED, "{'low': 2.5, 'qualifier': 'exact'}").size());
        }

        @Test
        void zeroIsAFigure() {
            assertEquals(List.of(), check(ClaimProperty.KILLED, "{'low': 0, 'qualifier': 'exact', 'estimatedBy': 'police'}"));
        }

        @Test
        void theQualifierIsRequired() {
            assertOnlyError(check(ClaimProperty.ARRESTED, "{'low': 12}"), AT + ".qualifier", "is required");
        }

        @Test
        void estimatedByDefaultsToUnknown() {
            assertEquals(EstimatedBy.UNKNOWN, ClaimValues.figure(json("{'low': 12, 'qualifier': 'exact'}")).estimatedBy());
        }

        @Test
        void theSourceWordsAreKept() {
            FigureValue vague = ClaimValues.figure(
                    json("{'low': 10000, 'high': 99999, 'qualifier': 'range', 'words': 'ده‌ها هزار نفر'}"));
            assertEquals("ده‌ها هزار نفر", vague.words());
        }
    }

    @Nested
    class OtherValues {

        @Test
        void aDateClaimHoldsAnEdtfDate() {
            assertEquals(EdtfDate.parse("2026-01/.."), ClaimValues.date(json("{'date': '2026-01/..'}")));
        }

        @Test
        void anActorHasANameAndARole() {
            assertEquals(
                    new Actor("Iranian Diaspora Munich", ActorRole.ORGANISER),
                    ClaimValues.actor(json("{'name': 'Iranian Diaspora Munich', 'role': 'organiser'}")));
        }

        @Test
        void anActorNameLongerThan200CharactersIsRefused() {
            assertOnlyError(
                    check(ClaimProperty.ACTOR, "{'name': '" + "n".repeat(201) + "', 'role': 'organiser'}"),
                    AT + ".name",
                    "must be at most 200 characters");
        }

        @Test
        void aSummaryMayHoldParagraphs() {
            assertEquals("First.\n\nSecond.", ClaimValues.summary(json("{'text': 'First.\\n\\nSecond.'}")));
        }

        @Test
        void aSummaryLongerThan5000CharactersIsRefused() {
            assertOnlyError(
                    check(ClaimProperty.SUMMARY, "{'text': '" + "s".repeat(5001) + "'}"),
                    AT + ".text",
                    "must be at most 5000 characters");
        }

        @Test
        void aCampaignHasAName() {
            assertEquals("Global day of action", ClaimValues.campaign(json("{'name': ' Global day of action '}")));
        }

        @Test
        void aRelationNamesItsTypeAndTheOtherEvent() {
            UUID other = UUID.randomUUID();
            assertEquals(
                    new Relation(RelationType.PART_OF, other),
                    ClaimValues.relation(json("{'type': 'part_of', 'eventId': '" + other + "'}")));
        }

        @Test
        void aRelationToSomethingThatIsNotAnIdIsRefused() {
            assertOnlyError(
                    check(ClaimProperty.RELATION, "{'type': 'follows', 'eventId': '1-1-1-1-1'}"),
                    AT + ".eventId",
                    "must be an id such as 3f2c4b1e-9a7d-4c55-8e21-0b6f5d2a9c10");
        }

        @Test
        void readingAnInvalidValueThrowsWithEveryError() {
            InvalidClaimValue e = assertThrows(InvalidClaimValue.class, () -> ClaimValues.actor(json("{'role': 'hero'}")));
            assertEquals(2, e.errors().size());
            assertEquals("value.name: is required; value.role: must be one of organiser, participant, perpetrator, target, authority, other", e.getMessage());
        }

        @Test
        void theNumberOfErrorsIsBounded() {
            StringBuilder many = new StringBuilder("{");
            for (int i = 0; i < 500; i++) {
                many.append("'f").append(i).append("': 1,");
            }
            many.append("'text': 'ok'}");
            assertEquals(ValueReader.MAX_ERRORS, check(ClaimProperty.SUMMARY, many.toString()).size());
        }
    }
}
