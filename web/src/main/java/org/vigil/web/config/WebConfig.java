package org.vigil.web.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Where the web app reads the public record and how its pages are drawn. */
@ConfigMapping(prefix = "vigil.web")
public interface WebConfig {

    /**
     * Base URL of events-service, e.g. {@code http://127.0.0.1:8081}. Called directly, never
     * through the gateway: the gateway limits anonymous reads per address, and every page view
     * would otherwise count against the web app's own.
     */
    URI eventsUrl();

    /**
     * The origin browsers use, the gateway's ({@code https://vigil.example.org}): where Keycloak
     * sends them back after signing in or out, and whether cookies are {@code Secure}.
     */
    URI publicUrl();

    /** Base URL of moderation-service: the workspaces call it with the signed-in person's token. */
    URI moderationUrl();

    /** Base URL of sources-service: registered sources and their preserved text. */
    URI sourcesUrl();

    /** How long a page waits for the public API before it answers 503. */
    @WithDefault("5S")
    Duration apiTimeout();

    /** Events per page of the list. */
    @WithDefault("25")
    int pageSize();

    /**
     * A tile server's URL template ({@code https://tiles.example/{z}/{x}/{y}.png}) for deployments
     * that run one; without it the map is drawn from the Natural Earth data the app ships, and a
     * reader's browser talks to nobody but Vigil.
     */
    Optional<String> tileUrl();

    /** The attribution the tile server asks for. */
    Optional<String> tileAttribution();
}
