package org.vigil.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ServiceProcess;

/**
 * Issue 15 §3: a service frozen with SIGSTOP (its port open, nothing answering) costs a caller one
 * 504 problem within the gateway's timeout, not a hung request; after SIGCONT the gateway serves
 * normally again within 10 s.
 */
class FrozenServiceIT extends OnThePlatform {

    /** The gateway's {@code vigil.upstream.idle-timeout} (30 s) and some room for a loaded machine. */
    private static final Duration GATEWAY_TIMEOUT = Duration.ofSeconds(45);

    private static final Duration BACK_WITHIN = Duration.ofSeconds(10);
    private static final String READ = "/api/v1/events?limit=1";

    @Test
    void aFrozenServiceIsAnswered504WithinTheGatewaysTimeout() {
        GatewayClient gateway = new GatewayClient(platform.gateway());
        assertEquals(200, gateway.get(READ, null).status(), "served before the freeze");
        ServiceProcess events = platform.process("events-service");
        events.freeze();
        GatewayClient.Answer answer;
        long took;
        try {
            long start = System.nanoTime();
            answer = gateway.get(READ, null);
            took = System.nanoTime() - start;
        } finally {
            events.thaw();
        }
        assertEquals(504, answer.status());
        assertEquals(
                platform.gateway() + "/problems/gateway-timeout",
                answer.body().path("type").asText());
        assertTrue(took < GATEWAY_TIMEOUT.toNanos(), "answered after " + Duration.ofNanos(took));
    }

    @Test
    void theGatewayServesAgainWithin10SecondsOfSigcont() {
        GatewayClient gateway = new GatewayClient(platform.gateway());
        ServiceProcess events = platform.process("events-service");
        events.freeze();
        try {
            FaultSchedule.pause(Duration.ofSeconds(5));
        } finally {
            events.thaw();
        }
        long thawed = System.nanoTime();
        int status = 0;
        while (System.nanoTime() - thawed < BACK_WITHIN.toNanos() && status != 200) {
            status = gateway.get(READ, null).status();
            if (status != 200) {
                FaultSchedule.pause(Duration.ofMillis(250));
            }
        }
        assertEquals(200, status, "served within " + BACK_WITHIN + " of SIGCONT");
    }
}
