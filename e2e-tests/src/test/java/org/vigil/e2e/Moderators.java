package org.vigil.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two moderators working the queue while reports arrive: the first approves each checked claim of
 * the run's accepted reports (marking every fifth report's claims sensitive first), the second
 * gives sensitive claims their second approval. A report's other claims wait until its event's
 * existence claim is approved, as a moderator would take them. Failed calls are left for the next
 * round: the queue is the moderators' memory.
 */
final class Moderators {

    private static final Duration ROUND = Duration.ofSeconds(1);
    private static final int MAX_PAGES = 20;
    private static final String APPROVE = "{\"decision\": \"approve\", \"reason\": \"fault suite: quote found\"}";

    private final GatewayClient gateway;
    private final FreshTokens tokens;
    private final Submissions submissions;
    private final AtomicInteger approvals = new AtomicInteger();
    private final AtomicInteger markings = new AtomicInteger();
    private final AtomicInteger failedCalls = new AtomicInteger();
    private volatile boolean stopped;

    Moderators(GatewayClient gateway, FreshTokens tokens, Submissions submissions) {
        this.gateway = gateway;
        this.tokens = tokens;
        this.submissions = submissions;
    }

    Runnable first() {
        return () -> work("moderator1", true);
    }

    Runnable second() {
        return () -> work("moderator2", false);
    }

    void stop() {
        stopped = true;
    }

    int approvals() {
        return approvals.get();
    }

    int markings() {
        return markings.get();
    }

    int failedCalls() {
        return failedCalls.get();
    }

    private void work(String moderator, boolean first) {
        while (!stopped) {
            try {
                String token = tokens.of(moderator);
                List<JsonNode> pending = pending(token);
                if (pending == null) {
                    FaultSchedule.pause(ROUND);
                    continue;
                }
                Set<String> existenceOpen = new HashSet<>();
                for (JsonNode item : pending) {
                    if (item.path("property").asText().equals("existence")) {
                        existenceOpen.add(item.path("eventId").asText());
                    }
                }
                for (JsonNode item : pending) {
                    if (stopped) {
                        return;
                    }
                    Submissions.Attempt report =
                            submissions.accepted(item.path("reportId").asText());
                    if (report == null || awaitsQuoteCheck(item)) {
                        continue;
                    }
                    boolean existence = item.path("property").asText().equals("existence");
                    if (!existence
                            && existenceOpen.contains(item.path("eventId").asText())) {
                        continue;
                    }
                    if (first) {
                        takeFirst(token, item, report);
                    } else if (item.path("sensitive").asBoolean()
                            && item.path("approvals").asInt() == 1) {
                        approve(token, item);
                    }
                }
            } catch (RuntimeException keycloakOrGatewayBusy) {
                failedCalls.incrementAndGet();
            }
            FaultSchedule.pause(ROUND);
        }
    }

    private void takeFirst(String token, JsonNode item, Submissions.Attempt report) {
        if (item.path("approvals").asInt() != 0) {
            return;
        }
        String claim = item.path("id").asText();
        if (report.sensitive() && !item.path("sensitive").asBoolean()) {
            GatewayClient.Answer marked = gateway.post(
                    "/api/v1/claims/" + claim + "/mark-sensitive",
                    token,
                    "{\"reason\": \"fault suite: four eyes for every fifth report\"}");
            if (!marked.is(200)) {
                failedCalls.incrementAndGet();
                return;
            }
            markings.incrementAndGet();
        }
        approve(token, item);
    }

    private void approve(String token, JsonNode item) {
        GatewayClient.Answer answer =
                gateway.post("/api/v1/claims/" + item.path("id").asText() + "/decisions", token, APPROVE);
        if (answer.is(200)) {
            approvals.incrementAndGet();
        } else {
            failedCalls.incrementAndGet();
        }
    }

    /** Every pending claim, oldest first; null when the queue could not be read whole. */
    private List<JsonNode> pending(String token) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            GatewayClient.Answer answer = gateway.get(
                    "/api/v1/moderation/queue?status=pending&limit=200"
                            + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)),
                    token);
            if (!answer.is(200)) {
                // half a queue could hide an open existence claim: wait for a whole one
                failedCalls.incrementAndGet();
                return null;
            }
            answer.body().path("items").forEach(items::add);
            cursor = answer.body().path("nextCursor").isTextual()
                    ? answer.body().path("nextCursor").asText()
                    : null;
            if (cursor == null) {
                break;
            }
        }
        return items;
    }

    private static boolean awaitsQuoteCheck(JsonNode item) {
        for (JsonNode citation : item.path("citations")) {
            if (!citation.path("quoteCheck").asText().equals("found")) {
                return true;
            }
        }
        return false;
    }
}
