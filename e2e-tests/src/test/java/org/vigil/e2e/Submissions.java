package org.vigil.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Contributors submitting reports through the gateway while the faults happen. Each attempt is a
 * new report with its own marker: a client never resends the same report, because the API has no
 * idempotency key and a resent report that had in fact been stored would be stored twice. An
 * attempt that failed is followed by a new one after a second, until the client's share is
 * accepted.
 */
final class Submissions {

    /** One POST of a report; {@code step} is the fault under way when it was sent. */
    record Attempt(String marker, int client, int step, int status, String reportId, boolean sensitive) {}

    private static final Duration AFTER_FAILURE = Duration.ofSeconds(1);

    private final GatewayClient gateway;
    private final FreshTokens tokens;
    private final FaultSchedule schedule;
    private final String markerPrefix;
    private final Duration pace;
    private final AtomicInteger sequence = new AtomicInteger();
    private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final Map<String, Attempt> acceptedByReport = new ConcurrentHashMap<>();

    Submissions(GatewayClient gateway, FreshTokens tokens, FaultSchedule schedule, String markerPrefix, Duration pace) {
        this.gateway = gateway;
        this.tokens = tokens;
        this.schedule = schedule;
        this.markerPrefix = markerPrefix;
        this.pace = pace;
    }

    /**
     * A client that submits until {@code share} of its reports are accepted, spreading them over
     * the faults: its report {@code j} waits for step {@code j * steps / share} to begin.
     */
    Runnable client(int number, int share) {
        String contributor = number % 2 == 0 ? "contributor1" : "contributor2";
        return () -> {
            int accepted = 0;
            try {
                while (accepted < share) {
                    schedule.awaitStep((int) ((long) accepted * schedule.size() / share));
                    if (submit(number, contributor)) {
                        accepted++;
                        Thread.sleep(pace.toMillis());
                    } else {
                        Thread.sleep(AFTER_FAILURE.toMillis());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private boolean submit(int client, String contributor) {
        int n = sequence.incrementAndGet();
        String marker = markerPrefix + n;
        // every fifth report is made sensitive by the first moderator, so it needs the second one too
        boolean sensitive = n % 5 == 0;
        int step = schedule.current();
        String token;
        try {
            token = tokens.of(contributor);
        } catch (RuntimeException keycloakBusy) {
            return false;
        }
        GatewayClient.Answer answer = gateway.post("/api/v1/reports", token, Reports.munich(marker));
        String reportId = answer.is(202) ? answer.body().path("id").asText() : null;
        Attempt attempt = new Attempt(marker, client, step, answer.status(), reportId, sensitive);
        attempts.add(attempt);
        if (reportId != null) {
            acceptedByReport.put(reportId, attempt);
        }
        return reportId != null;
    }

    List<Attempt> attempts() {
        return new ArrayList<>(attempts);
    }

    /** The accepted attempt of a report, or null when the report is not one of this run's accepted ones. */
    Attempt accepted(String reportId) {
        return acceptedByReport.get(reportId);
    }

    Map<String, Attempt> accepted() {
        return Map.copyOf(acceptedByReport);
    }
}
