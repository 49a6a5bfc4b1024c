package org.vigil.web.page;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import org.vigil.web.config.WebConfig;

/**
 * The headers every answer carries, pages and assets alike: a Content-Security-Policy that lets
 * the browser load and contact nothing but this origin (a configured tile server is the one
 * exception, for images), no referrer leaving the site, no sniffing, no framing.
 */
@ApplicationScoped
public class SecurityHeaders {

    @Inject
    WebConfig config;

    private String policy;

    @PostConstruct
    void composePolicy() {
        String tiles = config.tileUrl()
                .map(SecurityHeaders::origin)
                .map(origin -> " " + origin)
                .orElse("");
        this.policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" + tiles
                + "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'"
                + "; frame-ancestors 'none'";
    }

    void register(@Observes Filters filters) {
        filters.register(
                rc -> {
                    MultiMap headers = rc.response().headers();
                    headers.set("Content-Security-Policy", policy);
                    headers.set("Referrer-Policy", "no-referrer");
                    headers.set("X-Content-Type-Options", "nosniff");
                    headers.set("X-Frame-Options", "DENY");
                    headers.set("Cross-Origin-Opener-Policy", "same-origin");
                    headers.set("Permissions-Policy", "geolocation=(), camera=(), microphone=(), interest-cohort=()");
                    rc.next();
                },
                100);
    }

    /** {@code https://tiles.example} of a URL template; the template's placeholders sit in its path. */
    static String origin(String template) {
        URI uri = URI.create(template.replaceAll("\\{[a-z]+}", "0"));
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
