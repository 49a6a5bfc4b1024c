package org.vigil.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.Test;

class AddressFreeSpanExporterTest {

    private final InMemorySpanExporter collector = InMemorySpanExporter.create();

    private SpanData exported(SpanKind kind, Attributes attributes, Resource resource) {
        try (SdkTracerProvider provider = SdkTracerProvider.builder()
                .setResource(resource)
                .setSampler(RootsOfWork.PARENT_BASED)
                .addSpanProcessor(SimpleSpanProcessor.create(new AddressFreeSpanExporter(collector)))
                .build()) {
            Span span = provider.get("test")
                    .spanBuilder("POST /api/v1/reports")
                    .setSpanKind(kind)
                    .setAllAttributes(attributes)
                    .startSpan();
            span.end(); // the simple processor exports right here; closing clears the collector
            return collector.getFinishedSpanItems().isEmpty()
                    ? null
                    : collector.getFinishedSpanItems().get(0);
        }
    }

    @Test
    void aServerSpanIsExportedWithoutTheCallersAddressOrUserAgent() {
        SpanData span = exported(
                SpanKind.SERVER,
                Attributes.builder()
                        .put("client.address", "203.0.113.7")
                        .put("network.peer.address", "203.0.113.7")
                        .put("network.peer.port", 51234L)
                        .put("http.client_ip", "203.0.113.7")
                        .put("net.sock.peer.addr", "203.0.113.7")
                        .put("user_agent.original", "Mozilla/5.0")
                        .put("http.route", "/api/v1/reports")
                        .build(),
                Resource.getDefault());

        assertEquals(Attributes.of(AttributeKey.stringKey("http.route"), "/api/v1/reports"), span.getAttributes());
    }

    @Test
    void theHostsNameIsNotExportedWithTheResource() {
        SpanData span = exported(
                SpanKind.SERVER,
                Attributes.empty(),
                Resource.create(Attributes.builder()
                        .put("service.name", "gateway")
                        .put("host.name", "10.0.0.12")
                        .build()));

        assertEquals(
                Attributes.of(AttributeKey.stringKey("service.name"), "gateway"),
                span.getResource().getAttributes());
    }

    @Test
    void aQueryOutsideAnyRequestOrMessageStartsNoTrace() {
        assertEquals(null, exported(SpanKind.CLIENT, Attributes.empty(), Resource.getDefault()));
    }

    @Test
    void aConsumedMessageStartsATraceWhenItCarriesNone() {
        assertTrue(exported(SpanKind.CONSUMER, Attributes.empty(), Resource.getDefault()) != null);
    }
}
