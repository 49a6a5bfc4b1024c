package org.vigil.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.vigil.testing.DeadLetterTool;
import org.vigil.testing.ServiceProcess;

/**
 * Issue 15 §1, the fault suite (docs/faults.md): reports from four concurrent clients through
 * the gateway while two moderators approve them, and meanwhile Artemis is SIGKILLed, each service is
 * SIGKILLed, PostgreSQL stops immediately, and moderation-service is restarted with SIGTERM as
 * in a rolling update. Every part is brought back; at the end the run prints its counts and
 * asserts that nothing accepted was lost or doubled.
 *
 * <p>Reduced by default (100 reports); {@code -Dvigil.faults.reports=1000} or
 * {@code VIGIL_FAULTS=full} runs the size, {@code VIGIL_FAULTS=off} skips it. PostgreSQL
 * is the run's own cluster ({@link TestPostgres}), so stopping it disturbs no other build.
 */
@DisabledIfEnvironmentVariable(named = "VIGIL_FAULTS", matches = "off")
class FaultSuiteIT extends OnThePlatform {

    private static final int CLIENTS = 4;
    private static final int REDUCED_REPORTS = 100;
    private static final int FULL_REPORTS = 1000;
    // a bound, not a target: on the shared 2-core machine at load 50 a service took over 3 min to start
    private static final Duration RESTART = Duration.ofMinutes(5);
    private static final Duration BETWEEN_FAULTS = Duration.ofSeconds(5);
    private static final String SIGTERM_STEP = "SIGTERM moderation-service (rolling restart)";

    @Test
    void nothingAcceptedIsLostOrDoubledWhileEveryPartIsKilledAndRestarted() throws Exception {
        int reports = reports();
        String markerPrefix = "fault-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        FreshTokens tokens = new FreshTokens(platform.keycloak());
        GatewayClient gateway = new GatewayClient(platform.gateway());
        RecordCounts record = new RecordCounts(platform, markerPrefix);

        try (WebhookReceiver receiver = new WebhookReceiver()) {
            long feedBefore = record.feedPositions().stream()
                    .mapToLong(Long::longValue)
                    .max()
                    .orElse(0);
            GatewayClient.Answer subscribed =
                    gateway.post("/api/v1/webhooks", tokens.partner(), """
                    {"url": "%s", "events": ["event.created", "event.updated", "event.merged", "event.retracted"]}""".formatted(receiver.url()));
            assertEquals(201, subscribed.status(), "subscribing the loopback receiver: " + subscribed.body());

            FaultSchedule schedule = new FaultSchedule(faults());
            Submissions submissions = new Submissions(
                    gateway,
                    tokens,
                    schedule,
                    markerPrefix,
                    Duration.ofMillis(Long.getLong("vigil.faults.pace-ms", 500)));
            Moderators moderators = new Moderators(gateway, tokens, submissions);
            ExecutorService threads = Executors.newFixedThreadPool(CLIENTS + 3);
            long started = System.nanoTime();
            List<Future<?>> clients = new ArrayList<>();
            try {
                threads.submit(moderators.first());
                threads.submit(moderators.second());
                for (int client = 0; client < CLIENTS; client++) {
                    clients.add(threads.submit(
                            submissions.client(client, reports / CLIENTS + (client < reports % CLIENTS ? 1 : 0))));
                }
                Future<?> faults = threads.submit(schedule);
                long clientMinutes = 10 + reports / 20;
                for (Future<?> client : clients) {
                    client.get(clientMinutes, TimeUnit.MINUTES);
                }
                faults.get(30, TimeUnit.MINUTES);
                settle(record, submissions, receiver, feedBefore, Duration.ofMinutes(5 + reports / 100));
            } finally {
                moderators.stop();
                threads.shutdownNow();
                threads.awaitTermination(1, TimeUnit.MINUTES);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            check(reports, took, schedule, submissions, moderators, record, receiver, feedBefore, gateway, tokens);
        }
    }

    private static int reports() {
        String size = System.getProperty("vigil.faults.reports");
        if (size != null && !size.isBlank()) {
            return Integer.parseInt(size.strip());
        }
        return "full".equalsIgnoreCase(System.getenv("VIGIL_FAULTS")) ? FULL_REPORTS : REDUCED_REPORTS;
    }

    private static List<FaultSchedule.Step> faults() {
        List<FaultSchedule.Step> steps = new ArrayList<>();
        steps.add(new FaultSchedule.Step("traffic, no fault yet", () -> FaultSchedule.pause(Duration.ofSeconds(10))));
        steps.add(new FaultSchedule.Step("SIGKILL Artemis", () -> {
            platform.broker.kill();
            try {
                FaultSchedule.pause(Duration.ofSeconds(3));
            } finally {
                platform.broker.start();
            }
            FaultSchedule.pause(BETWEEN_FAULTS);
        }));
        for (String service : List.of("events-service", "sources-service", "moderation-service", "gateway")) {
            steps.add(new FaultSchedule.Step("SIGKILL " + service, () -> {
                ServiceProcess process = platform.process(service);
                process.kill();
                process.start();
                process.awaitReady(RESTART);
                FaultSchedule.pause(BETWEEN_FAULTS);
            }));
        }
        if (Boolean.parseBoolean(System.getProperty("vigil.faults.postgres", "true"))) {
            steps.add(new FaultSchedule.Step("PostgreSQL immediate stop", () -> {
                platform.postgres.stopImmediately();
                try {
                    FaultSchedule.pause(Duration.ofSeconds(2));
                } finally {
                    platform.postgres.start();
                }
                FaultSchedule.pause(BETWEEN_FAULTS);
            }));
        }
        steps.add(new FaultSchedule.Step(SIGTERM_STEP, () -> {
            ServiceProcess moderation = platform.process("moderation-service");
            moderation.stop();
            moderation.start();
            moderation.awaitReady(RESTART);
            FaultSchedule.pause(BETWEEN_FAULTS);
        }));
        return steps;
    }

    /** Waits until the platform has caught up: every accepted claim approved, published and announced. */
    private static void settle(
            RecordCounts record, Submissions submissions, WebhookReceiver receiver, long feedBefore, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        Set<String> acceptedReports = submissions.accepted().keySet();
        String waitingFor = "";
        while (System.nanoTime() < deadline) {
            try {
                List<RecordCounts.StoredClaim> claims = record.claims().stream()
                        .filter(c -> acceptedReports.contains(c.reportId().toString()))
                        .toList();
                long open = claims.stream().filter(c -> !c.approved()).count();
                List<UUID> approved = claims.stream()
                        .filter(RecordCounts.StoredClaim::approved)
                        .map(RecordCounts.StoredClaim::id)
                        .toList();
                long unpublished = approved.size() - record.standing(approved).size();
                Set<Long> delivered = receiver.received().stream()
                        .map(WebhookReceiver.Received::position)
                        .collect(Collectors.toSet());
                long undelivered = record.feedPositions().stream()
                        .filter(p -> p > feedBefore && !delivered.contains(p))
                        .count();
                waitingFor = "%d claims not yet approved, %d approved not yet public, %d changes not yet delivered"
                        .formatted(open, unpublished, undelivered);
                if (open == 0 && unpublished == 0 && undelivered == 0) {
                    return;
                }
            } catch (IllegalStateException databaseBack) {
                waitingFor = databaseBack.getMessage();
            }
            FaultSchedule.pause(Duration.ofSeconds(3));
        }
        System.out.println("fault suite: stopped waiting after " + atMost + ": " + waitingFor);
    }

    private static void check(
            int reports,
            Duration took,
            FaultSchedule schedule,
            Submissions submissions,
            Moderators moderators,
            RecordCounts record,
            WebhookReceiver receiver,
            long feedBefore,
            GatewayClient gateway,
            FreshTokens tokens)
            throws IOException, InterruptedException {
        List<Submissions.Attempt> attempts = submissions.attempts();
        Map<String, Submissions.Attempt> byMarker =
                attempts.stream().collect(Collectors.toMap(Submissions.Attempt::marker, Function.identity()));
        List<Submissions.Attempt> accepted =
                attempts.stream().filter(a -> a.status() == 202).toList();

        List<RecordCounts.StoredReport> stored = record.reports();
        Map<String, Long> storedPerMarker = stored.stream()
                .collect(Collectors.groupingBy(RecordCounts.StoredReport::marker, Collectors.counting()));
        long acceptedStoredOnce = accepted.stream()
                .filter(a -> storedPerMarker.getOrDefault(a.marker(), 0L) == 1)
                .count();
        long storedTwice = storedPerMarker.values().stream().filter(n -> n > 1).count();
        List<Submissions.Attempt> storedUnanswered = storedPerMarker.keySet().stream()
                .map(byMarker::get)
                .filter(a -> a != null && a.status() != 202)
                .toList();
        long storedAfterClientError = storedUnanswered.stream()
                .filter(a -> a.status() >= 400 && a.status() < 500)
                .count();
        int sigtermStep = indexOf(schedule, SIGTERM_STEP);
        long sigterm5xx = attempts.stream()
                .filter(a -> a.step() == sigtermStep && a.status() >= 500)
                .count();
        long sigtermAccepted5xx = storedUnanswered.stream()
                .filter(a -> a.step() == sigtermStep && a.status() >= 500)
                .count();
        long sigtermCutOff =
                storedUnanswered.stream().filter(a -> a.step() == sigtermStep).count();

        List<RecordCounts.StoredClaim> claims = record.claims();
        Set<String> acceptedReports =
                accepted.stream().map(Submissions.Attempt::reportId).collect(Collectors.toSet());
        List<RecordCounts.StoredClaim> acceptedClaims = claims.stream()
                .filter(c -> acceptedReports.contains(c.reportId().toString()))
                .toList();
        List<UUID> approved = claims.stream()
                .filter(RecordCounts.StoredClaim::approved)
                .map(RecordCounts.StoredClaim::id)
                .toList();
        Set<UUID> standing = new HashSet<>(record.standing(approved));
        Map<UUID, Integer> changesPerClaim = record.changesPerClaim(approved);
        long changedOnce = approved.stream()
                .filter(c -> changesPerClaim.getOrDefault(c, 0) == 1)
                .count();
        long changedMoreThanOnce = approved.stream()
                .filter(c -> changesPerClaim.getOrDefault(c, 0) > 1)
                .count();
        // A claim whose approval reached events-service before its event's existence claim (a
        // message redelivered later than the next one, after a kill or while PostgreSQL was down)
        // is stored but makes no change of its own: the event is not public yet. It enters the
        // record, and the feed, with the event's "created" change when the existence claim arrives.
        List<RecordCounts.StoredClaim> withoutOwnChange = claims.stream()
                .filter(c -> c.approved() && changesPerClaim.getOrDefault(c.id(), 0) == 0)
                .toList();
        Set<UUID> createdEvents = new HashSet<>(record.created(
                withoutOwnChange.stream().map(RecordCounts.StoredClaim::eventId).toList()));
        long partOfCreation = withoutOwnChange.stream()
                .filter(c -> !c.existence() && createdEvents.contains(c.eventId()))
                .count();
        Set<UUID> approvedEvents = claims.stream()
                .filter(c -> c.approved() && c.existence())
                .map(RecordCounts.StoredClaim::eventId)
                .collect(Collectors.toSet());
        int publicEvents = record.publicEvents(approvedEvents);

        List<Long> feed = walkFeed(gateway, tokens);
        List<Long> storedPositions = record.feedPositions();
        boolean ordered = strictlyIncreasing(feed);
        long holes = feed.isEmpty() ? 0 : feed.get(feed.size() - 1) - feed.get(0) + 1 - feed.size();

        List<WebhookReceiver.Received> received = receiver.received();
        Map<String, Set<Long>> positionsPerId = new HashMap<>();
        received.forEach(r -> positionsPerId
                .computeIfAbsent(r.webhookId(), id -> new HashSet<>())
                .add(r.position()));
        Map<Long, Set<String>> idsPerPosition = new HashMap<>();
        received.forEach(r -> idsPerPosition
                .computeIfAbsent(r.position(), p -> new HashSet<>())
                .add(r.webhookId()));
        List<Long> runChanges =
                storedPositions.stream().filter(p -> p > feedBefore).toList();
        long runChangesDelivered =
                runChanges.stream().filter(idsPerPosition::containsKey).count();
        long idsWithOnePosition =
                positionsPerId.values().stream().filter(p -> p.size() == 1).count();
        long changesWithOneId =
                idsPerPosition.values().stream().filter(ids -> ids.size() == 1).count();

        GatewayClient.Answer verification = chainedAudit(gateway, tokens);
        long deadLetters = deadLetters();

        Map<String, Long> answers = attempts.stream()
                .collect(Collectors.groupingBy(
                        a -> a.status() == GatewayClient.Answer.NO_ANSWER ? "no answer" : Integer.toString(a.status()),
                        java.util.TreeMap::new,
                        Collectors.counting()));
        StringBuilder table = new StringBuilder();
        row(table, "fault run", "%d reports, %d clients, %s".formatted(reports, CLIENTS, took.withNanos(0)));
        for (FaultSchedule.Outcome outcome : schedule.outcomes()) {
            row(
                    table,
                    "  " + outcome.name(),
                    outcome.took().withNanos(0) + (outcome.failure() == null ? "" : " FAILED " + outcome.failure()));
        }
        row(table, "attempts (answers)", attempts.size() + " " + answers);
        row(table, "accepted with 202", accepted.size());
        row(table, "  of them stored exactly once", acceptedStoredOnce);
        row(table, "stored reports", stored.size());
        row(table, "  stored more than once", storedTwice);
        row(table, "  stored though answered 5xx / none", storedUnanswered.size() - storedAfterClientError);
        // which fault cut them off: a client that got no answer (or a 5xx) for a report that was stored
        row(
                table,
                "    during",
                storedUnanswered.stream()
                        .filter(a -> a.status() < 400 || a.status() >= 500)
                        .collect(Collectors.groupingBy(
                                a -> schedule.nameOf(a.step()), java.util.TreeMap::new, Collectors.counting())));
        row(table, "  stored though answered 4xx", storedAfterClientError);
        row(table, "SIGTERM restart: 5xx answers", sigterm5xx);
        row(table, "  of them for stored reports", sigtermAccepted5xx);
        row(table, "claims of accepted reports", acceptedClaims.size());
        row(table, "approved claims", approved.size());
        row(table, "  standing in the public record", standing.size());
        row(table, "  with exactly one change-feed row", changedOnce);
        row(
                table,
                "  with none: in their event's creation / other",
                partOfCreation + " / " + (withoutOwnChange.size() - partOfCreation));
        row(table, "  with more than one change-feed row", changedMoreThanOnce);
        row(table, "events approved / public", approvedEvents.size() + " / " + publicEvents);
        row(
                table,
                "moderator approvals / markings / failed calls",
                moderators.approvals() + " / " + moderators.markings() + " / " + moderators.failedCalls());
        row(table, "change feed walked / stored", feed.size() + " / " + storedPositions.size());
        row(table, "  ordered, holes in positions", ordered + ", " + holes);
        row(table, "changes of this run", runChanges.size());
        row(table, "  delivered by webhook", runChangesDelivered);
        row(table, "webhook deliveries / distinct webhook-ids", received.size() + " / " + positionsPerId.size());
        row(
                table,
                "audit chain",
                verification.status() + " " + verification.body().path("valid").asText() + ", "
                        + verification.body().path("entries").asText() + " entries");
        row(table, "dead letters", deadLetters);
        System.out.println(table);
        Path summary = platform.logs.resolve("fault-suite.txt");
        Files.createDirectories(summary.getParent());
        Files.writeString(summary, table.toString());

        Set<Long> feedSet = new HashSet<>(feed);
        assertAll(
                () -> assertTrue(
                        schedule.outcomes().stream().allMatch(o -> o.failure() == null),
                        "every fault was recovered from"),
                () -> assertEquals(reports, accepted.size(), "reports accepted with 202"),
                () -> assertEquals(accepted.size(), acceptedStoredOnce, "accepted reports stored exactly once"),
                () -> assertEquals(0, storedTwice, "reports stored more than once"),
                () -> assertEquals(0, storedAfterClientError, "reports stored though refused with 4xx"),
                () -> assertEquals(
                        0, sigtermAccepted5xx, "requests moderation-service accepted but answered 5xx while draining"),
                () -> assertEquals(
                        0, sigtermCutOff, "requests cut off without an answer while moderation-service drained"),
                () -> assertEquals(
                        acceptedClaims.size(),
                        acceptedClaims.stream()
                                .filter(RecordCounts.StoredClaim::approved)
                                .count(),
                        "claims of accepted reports approved"),
                () -> assertEquals(new HashSet<>(approved), standing, "approved claims = claims in the public record"),
                () -> assertEquals(0, changedMoreThanOnce, "approved claims applied more than once"),
                () -> assertEquals(
                        withoutOwnChange.size(),
                        partOfCreation,
                        "approved claims without a change of their own are part of their event's creation"),
                () -> assertEquals(approvedEvents.size(), publicEvents, "events of approved reports public"),
                () -> assertTrue(ordered, "change feed in position order"),
                () -> assertEquals(0, holes, "change-feed positions without holes"),
                () -> assertEquals(
                        new HashSet<>(storedPositions), feedSet, "the feed walk shows every committed change"),
                () -> assertEquals(feed.size(), feedSet.size(), "no change twice in the feed"),
                () -> assertEquals(
                        runChanges.size(), runChangesDelivered, "every change of the run delivered at least once"),
                () -> assertEquals(
                        positionsPerId.size(), idsWithOnePosition, "a webhook-id always names the same change"),
                () -> assertEquals(
                        idsPerPosition.size(), changesWithOneId, "repeats of a change carry the same webhook-id"),
                () -> assertEquals(200, verification.status(), "audit verification answered"),
                () -> assertTrue(
                        verification.body().path("valid").asBoolean(), "audit chain valid: " + verification.body()),
                () -> assertEquals(
                        0,
                        verification.body().path("awaitingSequencing").asLong(-1),
                        "every act of the run chained: " + verification.body()),
                () -> assertEquals(0, deadLetters, "messages in the dead-letter address"));
    }

    /**
     * The audit log's verification once the sequencer has chained every act committed (it does so
     * after commit, within milliseconds; a minute is the bound past which verification fails anyway).
     */
    private static GatewayClient.Answer chainedAudit(GatewayClient gateway, FreshTokens tokens)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        GatewayClient.Answer verification = gateway.get("/api/v1/audit/verify", tokens.of("admin1"));
        while (verification.body().path("awaitingSequencing").asLong(-1) != 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            verification = gateway.get("/api/v1/audit/verify", tokens.of("admin1"));
        }
        return verification;
    }

    /** Messages in the dead-letter address, as the operator's tool ({@code ./vigil dead-letters}) counts them. */
    private static long deadLetters() {
        String[] printed = new DeadLetterTool(platform.broker.coreUrl())
                .run("count")
                .strip()
                .split("\n");
        return Long.parseLong(printed[printed.length - 1].strip());
    }

    /** The whole change feed as a partner reads it, cursor after cursor. */
    private static List<Long> walkFeed(GatewayClient gateway, FreshTokens tokens) {
        List<Long> positions = new ArrayList<>();
        String cursor = null;
        while (true) {
            GatewayClient.Answer page = gateway.get(
                    "/api/v1/changes?limit=200"
                            + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)),
                    tokens.partner());
            assertEquals(200, page.status(), "change feed page: " + page.body());
            page.body()
                    .path("items")
                    .forEach(change -> positions.add(change.path("position").asLong()));
            if (page.body().path("nextCursor").isNull()
                    || page.body().path("nextCursor").isMissingNode()) {
                return positions;
            }
            cursor = page.body().path("nextCursor").asText();
        }
    }

    private static boolean strictlyIncreasing(List<Long> positions) {
        for (int i = 1; i < positions.size(); i++) {
            if (positions.get(i) <= positions.get(i - 1)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(FaultSchedule schedule, String name) {
        for (int i = 0; i < schedule.size(); i++) {
            if (schedule.nameOf(i).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static void row(StringBuilder table, String what, Object value) {
        table.append(String.format(Locale.ROOT, "| %-46s | %-60s |%n", what, value));
    }
}
