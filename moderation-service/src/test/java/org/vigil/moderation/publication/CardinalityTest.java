package org.vigil.moderation.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.contracts.vocabulary.ClaimProperty;

class CardinalityTest {

    @ParameterizedTest
    @EnumSource(
            value = ClaimProperty.class,
            names = {"EXISTENCE", "DATE", "PLACE", "SUMMARY", "CAMPAIGN"})
    void aNewerApprovedClaimReplacesTheValueOf(ClaimProperty property) {
        assertEquals(Cardinality.SINGLE, Cardinality.of(property));
    }

    @ParameterizedTest
    @EnumSource(
            value = ClaimProperty.class,
            names = {"ATTENDANCE", "INJURED", "KILLED", "ARRESTED", "ACTOR", "RELATION"})
    void approvedClaimsStandSideBySideFor(ClaimProperty property) {
        assertEquals(Cardinality.MULTIPLE, Cardinality.of(property));
    }
}
