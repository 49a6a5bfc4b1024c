package org.vigil.moderation.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.EventKind;

class SensitivityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Sensitivity ofActor(EventKind kind, String actor) {
        return Sensitivity.of(kind, ClaimProperty.ACTOR, json(actor));
    }

    @ParameterizedTest
    @EnumSource(
            value = EventKind.class,
            names = {"ATTACK", "THREAT", "ARREST"})
    void everyClaimAboutAnAttackAThreatOrAnArrestIsSensitive(EventKind kind) {
        assertTrue(
                Sensitivity.of(kind, ClaimProperty.DATE, json("\"2026-02-14\"")).sensitive());
    }

    @ParameterizedTest
    @EnumSource(
            value = EventKind.class,
            names = {"ATTACK", "THREAT", "ARREST"},
            mode = EnumSource.Mode.EXCLUDE)
    void anAttendanceClaimAboutAnyOtherKindIsNotSensitive(EventKind kind) {
        JsonNode attendance = json("{\"low\": 250000, \"qualifier\": \"over\", \"estimatedBy\": \"media\"}");

        assertEquals(Sensitivity.NONE, Sensitivity.of(kind, ClaimProperty.ATTENDANCE, attendance));
    }

    @Test
    void theKindSaysWhyAnEventIsSensitive() {
        assertEquals(
                Set.of(SensitivityReason.VIOLENCE),
                Sensitivity.of(EventKind.ATTACK, ClaimProperty.EXISTENCE, null).reasons());
        assertEquals(
                Set.of(SensitivityReason.INTIMIDATION),
                Sensitivity.of(EventKind.THREAT, ClaimProperty.PLACE, null).reasons());
        assertEquals(
                Set.of(SensitivityReason.ARREST),
                Sensitivity.of(EventKind.ARREST, ClaimProperty.SUMMARY, null).reasons());
    }

    @Test
    void injuriesDeathsAndArrestsAreSensitiveEvenAtARally() {
        JsonNode figure = json("{\"low\": 3, \"qualifier\": \"at_least\", \"estimatedBy\": \"police\"}");

        assertEquals(
                Set.of(SensitivityReason.INJURY),
                Sensitivity.of(EventKind.RALLY, ClaimProperty.INJURED, figure).reasons());
        assertEquals(
                Set.of(SensitivityReason.DEATH),
                Sensitivity.of(EventKind.RALLY, ClaimProperty.KILLED, figure).reasons());
        assertEquals(
                Set.of(SensitivityReason.ARREST),
                Sensitivity.of(EventKind.RALLY, ClaimProperty.ARRESTED, figure).reasons());
    }

    @Test
    void anActorWhoIsAPersonIsSensitive() {
        Sensitivity sensitivity =
                ofActor(EventKind.RALLY, "{\"name\": \"A. Example\", \"role\": \"organiser\", \"type\": \"person\"}");

        assertEquals(Set.of(SensitivityReason.NAMED_PERSON), sensitivity.reasons());
    }

    @Test
    void anActorOfUnstatedTypeIsTakenToBeAPerson() {
        assertTrue(ofActor(EventKind.RALLY, "{\"name\": \"A. Example\", \"role\": \"organiser\"}")
                .sensitive());
        assertTrue(ofActor(EventKind.RALLY, "{\"name\": \"A. Example\", \"type\": \"group\"}")
                .sensitive());
        assertTrue(Sensitivity.of(EventKind.RALLY, ClaimProperty.ACTOR, NullNode.getInstance())
                .sensitive());
    }

    @Test
    void anOrganisationThatOrganisedIsNotSensitive() {
        Sensitivity sensitivity = ofActor(
                EventKind.RALLY,
                "{\"name\": \"Iranian Diaspora Collective\", \"role\": \"organiser\", \"type\": \"organisation\"}");

        assertFalse(sensitivity.sensitive());
    }

    @Test
    void aStateActingAsAnAuthorityIsNotSensitive() {
        Sensitivity sensitivity = ofActor(
                EventKind.RESTRICTION,
                "{\"name\": \"Government of Turkey\", \"role\": \"authority\", \"type\": \"state\"}");

        assertFalse(sensitivity.sensitive());
    }

    @Test
    void anOrganisationNamedAsPerpetratorIsAnAllegedCrime() {
        Sensitivity sensitivity = ofActor(
                EventKind.RALLY, "{\"name\": \"Some Group\", \"role\": \"perpetrator\", \"type\": \"organisation\"}");

        assertEquals(Set.of(SensitivityReason.ALLEGED_CRIME), sensitivity.reasons());
    }

    @Test
    void aPersonNamedAsPerpetratorOfAnAttackGivesEveryReason() {
        Sensitivity sensitivity =
                ofActor(EventKind.ATTACK, "{\"name\": \"X\", \"role\": \"perpetrator\", \"type\": \"person\"}");

        assertEquals(
                Set.of(SensitivityReason.VIOLENCE, SensitivityReason.NAMED_PERSON, SensitivityReason.ALLEGED_CRIME),
                sensitivity.reasons());
    }

    @Test
    void aModeratorCanMarkAnyClaimSensitive() {
        Sensitivity marked = Sensitivity.of(
                        EventKind.RALLY, ClaimProperty.SUMMARY, json("\"a summary naming someone\""))
                .markedByModerator();

        assertTrue(marked.sensitive());
        assertEquals(Set.of(SensitivityReason.MARKED_BY_MODERATOR), marked.reasons());
    }

    @Test
    void markingKeepsTheDerivedReasons() {
        Sensitivity marked =
                Sensitivity.of(EventKind.ATTACK, ClaimProperty.DATE, null).markedByModerator();

        assertEquals(Set.of(SensitivityReason.VIOLENCE, SensitivityReason.MARKED_BY_MODERATOR), marked.reasons());
    }
}
