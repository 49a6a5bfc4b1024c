package org.vigil.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WaitingAgeTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final WaitingAge age = WaitingAge.register("waiting", "test", Clock.fixed(NOW, ZoneOffset.UTC), registry);

    @Test
    void isZeroWhileNothingWaits() {
        assertEquals(0, registry.get("waiting").gauge().value());
    }

    @Test
    void isTheSecondsSinceTheOldestWaitingRowAtScrapeTime() {
        age.oldestWaitingSince(OffsetDateTime.ofInstant(NOW.minusSeconds(90), ZoneOffset.UTC));
        assertEquals(90, registry.get("waiting").gauge().value());
    }

    @Test
    void neverGoesNegativeWhenClocksDisagree() {
        age.oldestWaitingSince(OffsetDateTime.ofInstant(NOW.plusSeconds(5), ZoneOffset.UTC));
        assertEquals(0, registry.get("waiting").gauge().value());
    }
}
