package org.vigil.events.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.events.export.Events.attendance;
import static org.vigil.events.export.Events.claim;
import static org.vigil.events.export.Events.exact;
import static org.vigil.events.export.Events.over;

import org.junit.jupiter.api.Test;
import org.vigil.contracts.vocabulary.Qualifier;

class CrowdSizeTest {

    @Test
    void noAttendanceIsNoReport() {
        assertEquals("no report", CrowdSize.of(null));
    }

    @Test
    void oneClaimIsToldInItsOwnQualifier() {
        assertEquals("over 250,000", CrowdSize.of(attendance(over(250_000))));
        assertEquals("around 3,000", CrowdSize.of(attendance(claim(3_000L, 3_000L, Qualifier.ABOUT))));
        assertEquals("up to 5,000", CrowdSize.of(attendance(claim(null, 5_000L, Qualifier.UP_TO))));
        assertEquals("between 3,000 and 5,000", CrowdSize.of(attendance(claim(3_000L, 5_000L, Qualifier.RANGE))));
        assertEquals("1,200", CrowdSize.of(attendance(exact(1_200))));
    }

    @Test
    void agreeingClaimsAreToldAsTheRangeTheySpan() {
        assertEquals(
                "between 80,000 and 100,000",
                CrowdSize.of(attendance(exact(90_000), claim(80_000L, 100_000L, Qualifier.RANGE))));
    }

    @Test
    void anOpenEndedSpanIsAtLeastItsLow() {
        assertEquals("at least 200,000", CrowdSize.of(attendance(over(200_000), exact(250_000))));
    }

    @Test
    void disagreeingClaimsAreMarkedDisputed() {
        assertEquals("at least 80,000 (disputed)", CrowdSize.of(attendance(over(250_000), exact(80_000))));
    }
}
