package org.vigil.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A gauge of how long the oldest waiting row has waited, in seconds. The oldest time is read from
 * the database every few seconds, but the age is computed at scrape time, so it keeps growing
 * between reads and a scrape never waits on the database.
 */
public final class WaitingAge {

    private final Clock clock;
    private final AtomicReference<Instant> oldest = new AtomicReference<>();

    private WaitingAge(Clock clock) {
        this.clock = clock;
    }

    /** A gauge {@code name} (base unit seconds) registered in {@code registry}; 0 while nothing waits. */
    public static WaitingAge register(String name, String description, Clock clock, MeterRegistry registry) {
        WaitingAge age = new WaitingAge(clock);
        Gauge.builder(name, age, WaitingAge::seconds)
                .description(description)
                .baseUnit("seconds")
                .register(registry);
        return age;
    }

    /** The oldest waiting row's time as last read, or {@code null} when none waits. */
    public void oldestWaitingSince(OffsetDateTime first) {
        oldest.set(first == null ? null : first.toInstant());
    }

    double seconds() {
        Instant first = oldest.get();
        return first == null
                ? 0
                : Math.max(0, Duration.between(first, clock.instant()).toMillis() / 1000.0);
    }
}
