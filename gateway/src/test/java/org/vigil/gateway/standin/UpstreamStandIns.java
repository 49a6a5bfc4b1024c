package org.vigil.gateway.standin;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/**
 * The three services, stood in by small HTTP servers in the test JVM (the end-to-end tests use
 * the real ones). One set serves the whole test run; tests reach them through the static accessors.
 */
public class UpstreamStandIns implements QuarkusTestResourceLifecycleManager {

    private static StandInService events;
    private static StandInService sources;
    private static StandInService moderation;
    private static StandInService web;
    private static StandInService identityProvider;

    public static synchronized StandInService events() {
        startAll();
        return events;
    }

    public static synchronized StandInService sources() {
        startAll();
        return sources;
    }

    public static synchronized StandInService moderation() {
        startAll();
        return moderation;
    }

    /** The web app, which serves every path outside /api and /q. */
    public static synchronized StandInService web() {
        startAll();
        return web;
    }

    /** Stands in for Keycloak behind the gateway's {@code /auth}. */
    public static synchronized StandInService identityProvider() {
        startAll();
        return identityProvider;
    }

    private static synchronized void startAll() {
        if (events == null) {
            identityProvider = new StandInService("keycloak", new JsonObject());
            events = new StandInService("events", openApi("/api/v1/events", "Event", "/api/v1/reports"));
            sources = new StandInService("sources", openApi("/api/v1/sources", "Source", "/q/health"));
            moderation =
                    new StandInService("moderation", openApi("/api/v1/events/{id}/merge", "Report", "/api/v1/events"));
            web = new StandInService("web", new JsonObject());
        }
    }

    /** A document with one path the gateway routes to the service, one it does not, and a shared schema. */
    private static JsonObject openApi(String ownPath, String schema, String foreignPath) {
        JsonObject operation = new JsonObject().put("get", new JsonObject().put("summary", ownPath));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", schema + " service").put("version", "1"))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "http://internal:1")))
                .put("paths", new JsonObject().put(ownPath, operation).put(foreignPath, operation))
                .put(
                        "components",
                        new JsonObject()
                                .put(
                                        "schemas",
                                        new JsonObject()
                                                .put(schema, new JsonObject().put("type", "object"))
                                                .put("Problem", new JsonObject().put("title", schema))));
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "vigil.upstream.events", events().url(),
                "vigil.upstream.sources", sources().url(),
                "vigil.upstream.moderation", moderation().url(),
                // a stand-in answers /q/openapi on its one port: it is its own management port
                "vigil.upstream.events-management", events().url(),
                "vigil.upstream.sources-management", sources().url(),
                "vigil.upstream.moderation-management", moderation().url(),
                "vigil.web-app.url", web().url(),
                "vigil.identity-provider.url", identityProvider().url());
    }

    @Override
    public void stop() {
        // one set of stand-ins serves the whole test JVM
    }
}
