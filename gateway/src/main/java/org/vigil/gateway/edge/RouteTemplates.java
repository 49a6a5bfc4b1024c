package org.vigil.gateway.edge;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * Names each request, for the HTTP metrics' {@code uri} tag, by its route template instead of its
 * raw path: {@code /api/v1/claims/{id}}, never a claim's id (nor any other id, nor whatever an
 * unknown path carries). The gateway's routes are wildcards, so Quarkus would otherwise tag the
 * raw path. Micrometer reads the template from the request context's local
 * {@code UrlPathTemplate}, where Quarkus' REST layer puts its own.
 */
@ApplicationScoped
public class RouteTemplates implements Handler<RoutingContext> {

    static final String TEMPLATE_KEY = "UrlPathTemplate";
    /** A path segment that names a kind of thing or an action; anything else is an id. */
    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]{0,40}(\\.(csv|geojson|json))?");

    @Override
    public void handle(RoutingContext rc) {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(TEMPLATE_KEY, templateOf(rc.normalizedPath()));
        }
        rc.next();
    }

    static String templateOf(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        if (path.equals("/auth") || path.startsWith("/auth/")) {
            return "/auth/*";
        }
        StringBuilder template = new StringBuilder();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            template.append('/').append(WORD.matcher(segment).matches() || segment.equals("v1") ? segment : "{id}");
        }
        return template.length() == 0 ? "/" : template.toString();
    }
}
