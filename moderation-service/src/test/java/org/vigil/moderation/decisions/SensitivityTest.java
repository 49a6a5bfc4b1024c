package org.vigil.moderation.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    private static void assertReasons(
            EventKind kind, ClaimProperty property, JsonNode value, SensitivityReason... expected) {
        assertEquals(Set.of(expected), Sensitivity.of(kind, property, value).reasons());
    }

    /** The sensitivity of an actor claim; a null {@code role} or {@code type} is left out. */
    private static Sensitivity ofActor(EventKind kind, String name, String role, String type) {
        ObjectNode actor = JSON.createObjectNode().put("name", name);
        if (role != null) {
            actor.put("role", role);
        }
        if (type != null) {
            actor.put("type", type);
        }
        return Sensitivity.of(kind, ClaimProperty.ACTOR, actor);
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
        assertReasons(EventKind.ATTACK, ClaimProperty.EXISTENCE, null, SensitivityReason.VIOLENCE);
        assertReasons(EventKind.THREAT, ClaimProperty.PLACE, null, SensitivityReason.INTIMIDATION);
        assertReasons(EventKind.ARREST, ClaimProperty.SUMMARY, null, SensitivityReason.ARREST);
    }

    @Test
    void injuriesDeathsAndArrestsAreSensitiveEvenAtARally() {
        JsonNode figure = json("{\"low\": 3, \"qualifier\": \"at_least\", \"estimatedBy\": \"police\"}");

        assertReasons(EventKind.RALLY, ClaimProperty.INJURED, figure, SensitivityReason.INJURY);
        assertReasons(EventKind.RALLY, ClaimProperty.KILLED, figure, SensitivityReason.DEATH);
        assertReasons(EventKind.RALLY, ClaimProperty.ARRESTED, figure, SensitivityReason.ARREST);
    }

    @Test
    void anActorWhoIsAPersonIsSensitive() {
        assertEquals(
                Set.of(SensitivityReason.NAMED_PERSON),
                ofActor(EventKind.RALLY, "A. Example", "organiser", "person").reasons());
    }

    @Test
    void anActorOfUnstatedTypeIsTakenToBeAPerson() {
        assertTrue(ofActor(EventKind.RALLY, "A. Example", "organiser", null).sensitive());
        assertTrue(ofActor(EventKind.RALLY, "A. Example", null, "group").sensitive());
        assertTrue(Sensitivity.of(EventKind.RALLY, ClaimProperty.ACTOR, NullNode.getInstance())
                .sensitive());
    }

    @Test
    void anOrganisationThatOrganisedIsNotSensitive() {
        assertFalse(ofActor(EventKind.RALLY, "Iranian Diaspora Collective", "organiser", "organisation")
                .sensitive());
    }

    @Test
    void aStateActingAsAnAuthorityIsNotSensitive() {
        assertFalse(ofActor(EventKind.RESTRICTION, "Government of Turkey", "authority", "state")
                .sensitive());
    }

    @Test
    void anOrganisationNamedAsPerpetratorIsAnAllegedCrime() {
        assertEquals(
                Set.of(SensitivityReason.ALLEGED_CRIME),
                ofActor(EventKind.RALLY, "Some Group", "perpetrator", "organisation")
                        .reasons());
    }

    @Test
    void aPersonNamedAsPerpetratorOfAnAttackGivesEveryReason() {
        Sensitivity sensitivity = ofActor(EventKind.ATTACK, "X", "perpetrator", "person");

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
