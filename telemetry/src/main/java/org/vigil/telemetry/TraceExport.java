package org.vigil.telemetry;

import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which spans are kept ({@link RootsOfWork}) and where they go: to the OTLP/HTTP collector at {@code VIGIL_OTLP_ENDPOINT}, through
 * {@link AddressFreeSpanExporter}. Declaring an exporter here replaces the extension's own (which
 * could not filter attributes); without an endpoint the tracing SDK is disabled altogether by
 * configuration ({@code quarkus.otel.sdk.disabled}), so nothing is recorded and nothing is sent.
 */
@ApplicationScoped
public class TraceExport {

    @Produces
    @Singleton
    SpanExporter spanExporter(@ConfigProperty(name = "vigil.otlp.endpoint") Optional<String> endpoint) {
        SpanExporter otlp = endpoint.filter(value -> !value.isBlank())
                .<SpanExporter>map(value -> OtlpHttpSpanExporter.builder()
                        .setEndpoint(tracesUrl(value))
                        .build())
                .orElseGet(() -> SpanExporter.composite(List.of()));
        return new AddressFreeSpanExporter(otlp);
    }

    @Produces
    @Singleton
    Sampler sampler() {
        return RootsOfWork.PARENT_BASED;
    }

    /** A collector's base address, as the OTLP variables give it, or its full traces URL. */
    static String tracesUrl(String endpoint) {
        String base = endpoint.strip();
        if (base.endsWith("/v1/traces")) {
            return base;
        }
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/v1/traces";
    }
}
