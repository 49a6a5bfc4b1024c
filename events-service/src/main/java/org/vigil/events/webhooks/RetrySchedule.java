package org.vigil.events.webhooks;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: the configured waits, each spread by ±20 % so that a
 * receiver coming back after an outage is not hit by every retry in the same second.
 */
public record RetrySchedule(List<Duration> waits, RandomGenerator random) {

    private static final double JITTER = 0.2;

    public RetrySchedule {
        waits = List.copyOf(waits);
    }

    /** The wait after the {@code attempts}-th failed attempt, or empty when the delivery is given up. */
    public Optional<Duration> after(int attempts) {
        if (attempts < 1 || attempts > waits.size()) {
            return Optional.empty();
        }
        long millis = waits.get(attempts - 1).toMillis();
        double spread = 1 + JITTER * (2 * random.nextDouble() - 1);
        return Optional.of(Duration.ofMillis(Math.round(millis * spread)));
    }
}
