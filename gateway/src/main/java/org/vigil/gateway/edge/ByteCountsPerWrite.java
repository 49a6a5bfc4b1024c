package org.vigil.gateway.edge;

import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * Leaves out the HTTP server's byte distributions ({@code http_server_bytes_read} and
 * {@code http_server_bytes_written}), which Quarkus' Vert.x binder records on every socket read and
 * write, several times a proxied request: nothing reads them (docs/observability.md lists the metrics
 * the platform uses), and a proxy's bytes are the service's, whose own metrics count them. The
 * requests' timer ({@code http_server_requests_seconds}), the connection metrics and every other
 * meter stay. Denied, the two summaries are Micrometer's no-op ones.
 */
@Singleton
public class ByteCountsPerWrite {

    static final Set<String> LEFT_OUT = Set.of("http.server.bytes.read", "http.server.bytes.written");

    @Produces
    @Singleton
    MeterFilter leaveOutByteCounts() {
        return MeterFilter.deny(id -> LEFT_OUT.contains(id.getName()));
    }
}
