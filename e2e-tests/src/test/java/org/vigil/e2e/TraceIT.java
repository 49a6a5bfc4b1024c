package org.vigil.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.e2e.TraceCollector.ExportedSpan;

/**
 * Issue 15 §4: one report, followed by its spans from the gateway to the public record. The caller
 * starts one trace (its {@code traceparent} on the submission and on each approval); the gateway's
 * server spans continue it, and every hop after them, HTTP or AMQP through an outbox, keeps it.
 */
class TraceIT extends OnThePlatform {

    private static final String TRACE = UUID.randomUUID().toString().replace("-", "");
    private static final Set<String> ADDRESS_ATTRIBUTES = Set.of(
            "client.address", "network.peer.address", "http.client_ip", "net.sock.peer.addr", "user_agent.original");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<ExportedSpan> trace;

    @BeforeAll
    static void aReportIsSubmittedAndApprovedInOneTrace() {
        platform.traces.follow(TRACE);
        JsonPath accepted = Api.submits(
                api.as("contributor1").header("traceparent", traceparent()),
                Reports.munich(UUID.randomUUID().toString()));
        String report = accepted.getString("id");
        api.awaitQuotesFound("moderator2", report);
        for (String claim : accepted.getList("claims.id", String.class)) {
            Api.approves(api.as("moderator2").header("traceparent", traceparent()), claim);
        }
        api.awaitEvent(accepted.getString("eventId"), published -> {});
        // each process sends its spans in batches a few seconds apart, each on its own schedule: wait
        // until all the spans the tests look at have arrived (or give up, and let the tests say what is missing)
        try {
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> complete(platform.traces.trace(TRACE)));
        } catch (ConditionTimeoutException incomplete) {
            // the tests below report what the trace lacks
        }
        trace = platform.traces.trace(TRACE);
        // how much the run had traced by now: the collector must keep up with all of it
        System.out.println("TraceIT: " + platform.traces.received() + " spans received in this run, " + trace.size()
                + " of them in trace " + TRACE);
    }

    private static String traceparent() {
        return "00-" + TRACE + "-"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16) + "-01";
    }

    /** The gateway's spans and both consumers with their parents are there. */
    private static boolean complete(List<ExportedSpan> spans) {
        Set<String> moderation = spanIdsOf("moderation-service", spans);
        ExportedSpan quoteCheck = consumed("sources-service", spans);
        ExportedSpan publication = consumed("events-service", spans);
        return spans.stream().anyMatch(span -> span.service().equals("gateway"))
                && quoteCheck != null
                && moderation.contains(quoteCheck.parentSpanId())
                && publication != null
                && moderation.contains(publication.parentSpanId());
    }

    @Test
    void theGatewayModerationSourcesAndEventsAllRecordSpansOfTheOneTrace() {
        Map<String, Long> perService =
                trace.stream().collect(Collectors.groupingBy(ExportedSpan::service, Collectors.counting()));
        assertTrue(
                perService
                        .keySet()
                        .containsAll(Set.of("gateway", "moderation-service", "sources-service", "events-service")),
                "services with spans in the trace: " + perService);
    }

    @Test
    void theQuoteCheckContinuesTheSubmissionAcrossTheBroker() {
        assertParentIsModerations(consumed("sources-service", trace));
    }

    @Test
    void thePublicRecordContinuesTheApprovalAcrossTheBroker() {
        assertParentIsModerations(consumed("events-service", trace));
    }

    @Test
    void moderationLogsAJsonLineWithTheTraceIdOfTheMessageItApplied() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        try (Stream<String> log = Files.lines(platform.logs.resolve("moderation-service.log"))) {
            for (String line : log.filter(l -> l.startsWith("{")).toList()) {
                lines.add(JSON.readTree(line));
            }
        }
        List<String> inTheTrace = lines.stream()
                .filter(line -> TRACE.equals(line.path("mdc").path("traceId").asText()))
                .map(line -> line.path("message").asText())
                .toList();
        assertTrue(
                inTheTrace.stream().anyMatch(message -> message.startsWith("applied QuoteChecked")),
                "moderation's log lines of trace " + TRACE + ": " + inTheTrace);
    }

    @Test
    void noExportedSpanNamesTheCallersAddressOrBrowser() {
        Map<String, ExportedSpan> carriers = platform.traces.attributeNames();
        assertTrue(carriers.containsKey("http.route"), "spans were received: " + carriers.keySet());
        Map<String, ExportedSpan> naming = carriers.entrySet().stream()
                .filter(carrier -> ADDRESS_ATTRIBUTES.contains(carrier.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Map.of(), naming);
    }

    private static void assertParentIsModerations(ExportedSpan consumer) {
        assertTrue(consumer != null, "a consumer span in the trace: " + trace);
        Set<String> moderation = spanIdsOf("moderation-service", trace);
        assertTrue(
                moderation.contains(consumer.parentSpanId()),
                consumer + " has a parent among moderation's spans " + moderation);
    }

    private static Set<String> spanIdsOf(String service, List<ExportedSpan> spans) {
        return spans.stream()
                .filter(span -> span.service().equals(service))
                .map(ExportedSpan::spanId)
                .collect(Collectors.toSet());
    }

    private static ExportedSpan consumed(String service, List<ExportedSpan> spans) {
        return spans.stream()
                .filter(span -> span.service().equals(service) && span.kind() == ExportedSpan.CONSUMER)
                .findFirst()
                .orElse(null);
    }
}
