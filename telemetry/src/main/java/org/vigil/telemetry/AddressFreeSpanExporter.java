package org.vigil.telemetry;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.data.DelegatingSpanData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.Set;

/**
 * Hands spans on without any attribute that holds a network address or a browser's signature. The
 * HTTP instrumentation records the caller's address ({@code client.address}, from the socket or
 * {@code X-Forwarded-For}) and the user agent on every server span, and no setting turns that off;
 * the safety rule "no IP addresses in logs or databases" covers a trace store as much as a log.
 */
final class AddressFreeSpanExporter implements SpanExporter {

    /** Current and older semantic-convention names of a peer's address, port and user agent. */
    static final Set<String> DROPPED = Set.of(
            "client.address",
            "client.port",
            "client.socket.address",
            "client.socket.port",
            "network.peer.address",
            "network.peer.port",
            "network.local.address",
            "network.local.port",
            "net.peer.ip",
            "net.peer.port",
            "net.sock.peer.addr",
            "net.sock.peer.port",
            "net.sock.host.addr",
            "http.client_ip",
            "http.user_agent",
            "user_agent.original",
            // a container's host name can be its address
            "host.name",
            "host.ip");

    private final SpanExporter next;

    AddressFreeSpanExporter(SpanExporter next) {
        this.next = next;
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return next.export(
                spans.stream().map(AddressFreeSpanExporter::withoutAddresses).toList());
    }

    @Override
    public CompletableResultCode flush() {
        return next.flush();
    }

    @Override
    public CompletableResultCode shutdown() {
        return next.shutdown();
    }

    static SpanData withoutAddresses(SpanData span) {
        Attributes attributes = withoutAddresses(span.getAttributes());
        Resource resource = Resource.create(
                withoutAddresses(span.getResource().getAttributes()),
                span.getResource().getSchemaUrl());
        return new DelegatingSpanData(span) {
            @Override
            public Attributes getAttributes() {
                return attributes;
            }

            @Override
            public Resource getResource() {
                return resource;
            }
        };
    }

    static Attributes withoutAddresses(Attributes attributes) {
        return attributes.toBuilder()
                .removeIf(key -> DROPPED.contains(key.getKey()))
                .build();
    }
}
