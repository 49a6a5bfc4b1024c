package org.vigil.gateway.edge;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CORS for the public reads only: any origin may read them from a browser, without credentials
 * (so {@code *}, never an echoed origin with {@code Allow-Credentials}). The paths are the ones
 * {@code quarkus.http.auth.permission.public-reads} opens to everyone, read from the same key so the
 * two cannot drift. Preflights are answered here, before authentication, which would otherwise
 * refuse an {@code OPTIONS} without a token. Everything else gets no CORS headers: a browser on
 * another origin may then not read it.
 */
@ApplicationScoped
public class PublicReadCors implements Handler<RoutingContext> {

    static final String ALLOWED_METHODS = "GET, HEAD";
    static final String EXPOSED = "ETag, Link, Content-Disposition, Retry-After, RateLimit, RateLimit-Policy";
    private static final Set<String> SAFE_REQUEST_HEADERS = Set.of(
            "accept", "accept-language", "content-language", "if-none-match", "if-modified-since", "cache-control");

    private final List<String> publicPaths;

    PublicReadCors(@ConfigProperty(name = "quarkus.http.auth.permission.public-reads.paths") List<String> publicPaths) {
        this.publicPaths = List.copyOf(publicPaths);
    }

    @Override
    public void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (request.getHeader(HttpHeaders.ORIGIN) == null || !isPublicRead(rc.normalizedPath())) {
            rc.next();
            return;
        }
        if (request.method() == HttpMethod.OPTIONS
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            preflight(rc);
            return;
        }
        if (request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD) {
            rc.addHeadersEndHandler(v -> rc.response()
                    .headers()
                    .set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                    .set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED));
        }
        rc.next();
    }

    private void preflight(RoutingContext rc) {
        String method = rc.request()
                .getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD)
                .trim();
        String requested = rc.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
        // a refused preflight is a 204 without Allow-Origin: the browser then refuses the request itself
        rc.response().setStatusCode(204);
        if (("GET".equals(method) || "HEAD".equals(method)) && onlySafe(requested)) {
            rc.response()
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600");
            if (requested != null && !requested.isBlank()) {
                rc.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, requested.trim());
            }
        }
        rc.response().end();
    }

    private static boolean onlySafe(String requested) {
        if (requested == null) {
            return true;
        }
        for (String name : requested.split(",")) {
            String header = name.trim().toLowerCase(Locale.ROOT);
            if (!header.isEmpty() && !SAFE_REQUEST_HEADERS.contains(header)) {
                return false;
            }
        }
        return true;
    }

    boolean isPublicRead(String path) {
        if (path == null) {
            return false;
        }
        for (String pattern : publicPaths) {
            String p = pattern.trim();
            if (p.endsWith("/*")
                    ? path.startsWith(p.substring(0, p.length() - 1)) || path.equals(p.substring(0, p.length() - 2))
                    : path.equals(p)) {
                return true;
            }
        }
        return false;
    }
}
