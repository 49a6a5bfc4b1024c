package org.vigil.events.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.events.record.Claims.id;
import static org.vigil.events.record.Claims.minute;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.vocabulary.Affected;
import org.vigil.contracts.vocabulary.EstimatedBy;
import org.vigil.contracts.vocabulary.FigureValue;
import org.vigil.contracts.vocabulary.Qualifier;

/** Injured and killed figures whose claims say whom they count. */
class FiguresByWhoTest {

    private int next = 1;

    private FigureClaim exact(long n, Affected who) {
        int k = next++;
        return FigureClaim.of(
                id(k), new FigureValue(n, n, Qualifier.EXACT, EstimatedBy.MEDIA, null, who), List.of(), minute(k));
    }

    @Test
    void claimsAboutDifferentPeopleAreNotADisputeAndAddUp() {
        Figure injured = Figure.of(List.of(exact(4, Affected.POLICE), exact(10, Affected.PROTESTERS)));
        assertFalse(injured.disputed());
        assertEquals(14L, injured.low());
        assertEquals(14L, injured.high());
    }

    @Test
    void eachGroupNamedHasItsOwnSpan() {
        Figure injured = Figure.of(List.of(exact(4, Affected.POLICE), exact(10, Affected.PROTESTERS)));
        assertEquals(new Figure.Span(4L, 4L, false), injured.among(Affected.POLICE));
        assertNull(injured.among(Affected.BYSTANDERS));
    }

    @Test
    void twoSourcesDisagreeingAboutTheSamePeopleAreADispute() {
        Figure injured = Figure.of(List.of(exact(4, Affected.POLICE), exact(6, Affected.POLICE)));
        assertTrue(injured.disputed());
        assertEquals(Map.of("police", new Figure.Span(4L, 6L, true)), injured.byWho());
    }

    @Test
    void aTotalSaidOfEveryoneIsAtLeastItsParts() {
        Figure injured = Figure.of(List.of(exact(4, Affected.POLICE), exact(20, null)));
        assertEquals(20L, injured.low());
        assertEquals(20L, injured.high());
    }

    @Test
    void claimsThatNameNobodyHaveNoBreakdown() {
        Figure injured = Figure.of(List.of(exact(4, null), exact(4, null)));
        assertEquals(Map.of(), injured.byWho());
    }
}
