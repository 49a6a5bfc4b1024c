package org.vigil.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** Where the services listen and how long the gateway waits for them. */
@ConfigMapping(prefix = "vigil.upstream")
public interface UpstreamConfig {

    /** Base URL of events-service, e.g. {@code http://127.0.0.1:8081}. */
    URI events();

    URI sources();

    URI moderation();

    /**
     * Where events-service answers {@code /q/*}: its management port, which the gateway reads the
     * service's OpenAPI document from and never routes a request to.
     */
    URI eventsManagement();

    URI sourcesManagement();

    URI moderationManagement();

    /** How long to wait for a TCP connection to a service. */
    @WithDefault("2S")
    Duration connectTimeout();

    /** How long a forwarded exchange may sit without a byte moving either way (not a total limit: exports stream for long). */
    @WithDefault("30S")
    Duration idleTimeout();

    /** Pooled connections per service. */
    @WithDefault("64")
    int maxConnections();

    default URI baseOf(Upstream upstream) {
        return switch (upstream) {
            case EVENTS -> events();
            case SOURCES -> sources();
            case MODERATION -> moderation();
        };
    }

    default URI managementOf(Upstream upstream) {
        return switch (upstream) {
            case EVENTS -> eventsManagement();
            case SOURCES -> sourcesManagement();
            case MODERATION -> moderationManagement();
        };
    }
}
