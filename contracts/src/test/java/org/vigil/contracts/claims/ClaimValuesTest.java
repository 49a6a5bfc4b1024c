package org.vigil.contracts.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.contracts.claims.ClaimJson.AT;
import static org.vigil.contracts.claims.ClaimJson.assertOnlyError;
import static org.vigil.contracts.claims.ClaimJson.assertRefusedOverLimit;
import static org.vigil.contracts.claims.ClaimJson.check;
import static org.vigil.contracts.claims.ClaimJson.json;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.problem.FieldError;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.EdtfDate;
import org.vigil.contracts.vocabulary.EventKind;

class ClaimValuesTest {

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
            assertNull(ClaimValues.existence(json(MUNICH.replace(" 'concerns': 'IR',", "")))
                    .concerns());
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
            assertRefusedOverLimit(
                    ClaimProperty.EXISTENCE,
                    MUNICH.replace("Global day of action rally in Munich", "%s"),
                    "title",
                    300);
        }

        @Test
        void aPersianTitleIsCountedInCharactersNotBytes() {
            String title = "تجمع همبستگی در مونیخ ".repeat(13).strip();
            assertTrue(title.length() <= 300);
            assertEquals(
                    List.of(),
                    check(ClaimProperty.EXISTENCE, MUNICH.replace("Global day of action rally in Munich", title)));
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
            assertRefusedOverLimit(ClaimProperty.ACTOR, "{'name': '%s', 'role': 'organiser'}", "name", 200);
        }

        @Test
        void aSummaryMayHoldParagraphs() {
            assertEquals("First.\n\nSecond.", ClaimValues.summary(json("{'text': 'First.\\n\\nSecond.'}")));
        }

        @Test
        void aSummaryLongerThan5000CharactersIsRefused() {
            assertRefusedOverLimit(ClaimProperty.SUMMARY, "{'text': '%s'}", "text", 5000);
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
            InvalidClaimValue e =
                    assertThrows(InvalidClaimValue.class, () -> ClaimValues.actor(json("{'role': 'hero'}")));
            assertEquals(2, e.errors().size());
            assertEquals(
                    "value.name: is required; value.role: must be one of organiser, participant, perpetrator, target, authority, speaker, other",
                    e.getMessage());
        }

        @Test
        void theNumberOfErrorsIsBounded() {
            StringBuilder many = new StringBuilder("{");
            for (int i = 0; i < 500; i++) {
                many.append("'f").append(i).append("': 1,");
            }
            many.append("'text': 'ok'}");
            assertEquals(
                    ValueReader.MAX_ERRORS,
                    check(ClaimProperty.SUMMARY, many.toString()).size());
        }
    }
}
