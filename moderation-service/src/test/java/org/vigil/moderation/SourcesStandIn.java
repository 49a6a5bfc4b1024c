package org.vigil.moderation;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * sources-service's {@code GET /api/v1/sources/{id}}, stood in by a small HTTP server in the test
 * JVM (the end-to-end tests use the real one): it knows the sources tests register here, answers
 * 404 for any other id, and 401 to a caller without moderation's own token. It counts what it is
 * asked, and can be made to fail ({@link #answerWith}) or hang ({@link #hang}). One serves the whole run.
 */
public class SourcesStandIn implements QuarkusTestResourceLifecycleManager {

    private static HttpServer server;
    private static final Map<UUID, Integer> VERSIONS = new ConcurrentHashMap<>();
    private static final Map<UUID, AtomicInteger> QUESTIONS = new ConcurrentHashMap<>();
    private static volatile int failingStatus;
    private static volatile boolean hanging;

    /** A source registered with one version, known to the stand-in from now on. */
    public static UUID registered() {
        return registered(1);
    }

    public static UUID registered(int versions) {
        UUID id = UUID.randomUUID();
        VERSIONS.put(id, versions);
        return id;
    }

    /** A new version of a registered source arrived. */
    public static void addVersion(UUID id) {
        VERSIONS.merge(id, 1, Integer::sum);
    }

    /** How often moderation asked about this source. */
    public static int questionsAbout(UUID id) {
        return QUESTIONS.getOrDefault(id, new AtomicInteger()).get();
    }

    /** Answer every question with this status (5xx: the service failing); 0 answers normally again. */
    public static void answerWith(int status) {
        failingStatus = status;
    }

    /** Take each question and never answer it, while {@code hang} is true. */
    public static void hang(boolean hang) {
        hanging = hang;
    }

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException("the sources-service stand-in could not start", e);
            }
            server.createContext("/api/v1/sources/", SourcesStandIn::source);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
        }
        return Map.of(
                "vigil.sources.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        // one stand-in serves the whole test JVM
    }

    private static void source(HttpExchange exchange) throws IOException {
        UUID id;
        try {
            id = UUID.fromString(exchange.getRequestURI().getPath().substring("/api/v1/sources/".length()));
        } catch (IllegalArgumentException e) {
            respond(exchange, 404, problem(404));
            return;
        }
        QUESTIONS.computeIfAbsent(id, ignored -> new AtomicInteger()).incrementAndGet();
        if (hanging) {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        if (!moderationsOwnToken(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, problem(401));
            return;
        }
        if (failingStatus != 0) {
            respond(exchange, failingStatus, problem(failingStatus));
            return;
        }
        Integer versions = VERSIONS.get(id);
        if (versions == null) {
            respond(exchange, 404, problem(404));
            return;
        }
        JsonArray listed = new JsonArray();
        for (int number = 1; number <= versions; number++) {
            listed.add(new JsonObject().put("number", number).put("sha256", "0".repeat(64)));
        }
        respond(
                exchange,
                200,
                new JsonObject()
                        .put("id", id.toString())
                        .put("url", "https://news.example.org/" + id)
                        .put("versions", listed)
                        .put("quotes", new JsonArray())
                        .encode());
    }

    /** A bearer token the test identity provider issued to client vigil-moderation for the API. */
    private static boolean moderationsOwnToken(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        String[] parts = authorization.substring(7).split("\\.");
        if (parts.length != 3) {
            return false;
        }
        JsonObject claims = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        return "vigil-moderation".equals(claims.getString("azp"))
                && claims.getValue("aud").toString().contains("vigil-api");
    }

    private static String problem(int status) {
        return new JsonObject().put("status", status).encode();
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
