package org.vigil.gateway.edge;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * The headers every answer of the edge carries, whoever wrote it (the gateway, Quarkus' own 401,
 * a service behind it). A page that brings its own Content-Security-Policy (the web app) keeps it;
 * anything else may not be framed at all. HSTS only where the client reached us over TLS, directly
 * or through a trusted TLS-terminating proxy ({@code quarkus.http.proxy.*}), since over plain HTTP
 * the header means nothing and on localhost it would pin a developer's browser.
 */
@ApplicationScoped
public class SecurityHeaders implements Handler<RoutingContext> {

    static final String HSTS = "max-age=31536000; includeSubDomains";
    static final String NOT_FRAMED = "frame-ancestors 'none'";
    /** For HTML that did not bring its own policy: nothing from anywhere but here. */
    static final String HTML_POLICY = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public void handle(RoutingContext rc) {
        boolean overTls =
                rc.request().isSSL() || "https".equalsIgnoreCase(rc.request().scheme());
        rc.addHeadersEndHandler(v -> addTo(rc.response().headers(), overTls));
        rc.next();
    }

    static void addTo(MultiMap headers, boolean overTls) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        if (!headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", isHtml(headers) ? HTML_POLICY : NOT_FRAMED);
        }
        if (overTls) {
            headers.set("Strict-Transport-Security", HSTS);
        }
    }

    private static boolean isHtml(MultiMap headers) {
        String type = headers.get(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html");
    }
}
