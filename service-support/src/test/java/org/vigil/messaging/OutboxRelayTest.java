package org.vigil.messaging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.vigil.scheduling.RunLimit;

class OutboxRelayTest {

    @Test
    void aRunWhoseResultNeverComesIsGivenUpSoTheNextWakeRunsTheRelayAgain() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        OutboxRelay relay =
                new OutboxRelay(
                        null,
                        null,
                        100,
                        Duration.ofSeconds(10),
                        Duration.ofSeconds(15),
                        new SimpleMeterRegistry(),
                        new RunLimit(Duration.ofMillis(200))) {
                    @Override
                    public Uni<Integer> relay() {
                        // the first run's database answer is lost, as after PostgreSQL's restart
                        return runs.incrementAndGet() == 1
                                ? Uni.createFrom().nothing()
                                : Uni.createFrom().item(0);
                    }
                };

        relay.wake();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (runs.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            relay.wake(); // as the poll does every second
        }

        assertTrue(runs.get() >= 2, "the relay ran again after the lost run; runs: " + runs.get());
    }
}
