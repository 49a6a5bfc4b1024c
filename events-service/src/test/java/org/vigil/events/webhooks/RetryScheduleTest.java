package org.vigil.events.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final List<Duration> DEFAULT = List.of(
            Duration.ofSeconds(5),
            Duration.ofSeconds(30),
            Duration.ofMinutes(2),
            Duration.ofMinutes(10),
            Duration.ofMinutes(30),
            Duration.ofHours(1),
            Duration.ofHours(3),
            Duration.ofHours(6),
            Duration.ofHours(12),
            Duration.ofHours(12),
            Duration.ofHours(12));

    @Test
    void eachWaitIsSpreadByAtMostAFifth() {
        RetrySchedule schedule = new RetrySchedule(DEFAULT, new Random(7));
        for (int attempt = 1; attempt <= DEFAULT.size(); attempt++) {
            long planned = DEFAULT.get(attempt - 1).toMillis();
            for (int i = 0; i < 50; i++) {
                long wait = schedule.after(attempt).orElseThrow().toMillis();
                assertTrue(wait >= planned * 0.8 - 1 && wait <= planned * 1.2 + 1, attempt + ": " + wait);
            }
        }
    }

    @Test
    void theDefaultScheduleRetriesForMoreThanADay() {
        Duration total = DEFAULT.stream().reduce(Duration.ZERO, Duration::plus);
        assertTrue(total.multipliedBy(4).dividedBy(5).compareTo(Duration.ofHours(24)) > 0, total.toString());
    }

    @Test
    void aDeliveryIsGivenUpAfterTheLastWait() {
        RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofSeconds(1)), new Random(1));
        assertTrue(schedule.after(1).isPresent());
        assertEquals(Optional.empty(), schedule.after(2));
    }
}
