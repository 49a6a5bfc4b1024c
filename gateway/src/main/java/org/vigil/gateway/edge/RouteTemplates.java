package org.vigil.gateway.edge;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.gateway.openapi.PathTemplates;

/**
 * Names each request, for the HTTP metrics' {@code uri} tag, by its route template instead of its
 * raw path: {@code /api/v1/claims/{id}}, never a claim's id. The gateway's routes are wildcards, so
 * Quarkus would otherwise tag the raw path; Micrometer reads the template from the request
 * context's local {@code UrlPathTemplate}, where Quarkus' REST layer puts its own.
 *
 * <p>Only templates the gateway knows in advance are ever named: the API description's paths
 * (docs/openapi.json, bundled at build time; e2e's OpenApiDocumentIT keeps it equal to what the
 * services serve), the web app's sections and the gateway's own routes. Anything else is
 * {@code /api/{unknown}} or {@code /{unknown}}, so a client cannot mint tag values: each new value
 * is a new time series, and once Micrometer's limit of distinct {@code uri} values is reached it
 * stops recording the HTTP metrics altogether.
 */
@ApplicationScoped
public class RouteTemplates implements Handler<RoutingContext> {

    static final String TEMPLATE_KEY = "UrlPathTemplate";
    static final String API_DESCRIPTION = "api-description/openapi.json";

    /** First segments of the web app's pages (web's resources' paths); each names one template. */
    private static final Set<String> WEB_SECTIONS = Set.of(
            "admin",
            "claims",
            "events",
            "language",
            "merge",
            "moderation",
            "my-reports",
            "problems",
            "publishers",
            "report",
            "signed-in",
            "source");

    /** Whole subtrees the gateway hands on as they are. */
    private static final Set<String> SUBTREES = Set.of("auth", "assets");

    private static final PathTemplates API_PATHS = PathTemplates.of(apiPaths());

    @Override
    public void handle(RoutingContext rc) {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(TEMPLATE_KEY, templateOf(rc.normalizedPath()));
        }
        rc.next();
    }

    static String templateOf(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return "/";
        }
        String first = path.substring(1).split("/", 2)[0];
        if (first.equals("api")) {
            return API_PATHS.bestMatch(path).orElse("/api/{unknown}");
        }
        if (SUBTREES.contains(first)) {
            return "/" + first + "/*";
        }
        if (WEB_SECTIONS.contains(first)) {
            return path.indexOf('/', 1) < 0 ? "/" + first : "/" + first + "/*";
        }
        return "/{unknown}";
    }

    private static List<String> apiPaths() {
        try (InputStream in = RouteTemplates.class.getClassLoader().getResourceAsStream(API_DESCRIPTION)) {
            if (in == null) {
                throw new IllegalStateException(API_DESCRIPTION + " is not on the class path: the build bundles it");
            }
            JsonObject description = new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<String> paths =
                    new ArrayList<>(description.getJsonObject("paths").fieldNames());
            // the gateway's own route, which no service describes
            paths.add("/api/v1/openapi");
            return List.copyOf(paths);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
