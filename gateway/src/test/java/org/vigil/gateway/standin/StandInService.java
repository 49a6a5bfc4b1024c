package org.vigil.gateway.standin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for one service at the gateway's level of testing. It answers every request with an
 * echo of what arrived (method, path and query, headers, body size), serves an OpenAPI document at
 * {@code /q/openapi}, answers {@code .../missing} with its own problem document, {@code DELETE /api/v1/events}
 * with a 405 without {@code Allow}, and
 * {@code .../silent?ms=N} only after N ms of silence, and streams
 * {@code *.csv} exports of any size generated on the fly, optionally holding after a first part
 * until the test has seen it arrive.
 */
public final class StandInService {

    public static final String PROBLEM = """
            {"type":"https://vigil.example/problems/not-found","title":"Not Found","status":404,\
            "detail":"no such event (said by the service)"}""";

    static final String NOT_ALLOWED = """
            {"type":"https://vigil.example/problems/method-not-allowed","title":"Method Not Allowed",\
            "status":405,"detail":"said by the service"}""";

    private final String name;
    private final JsonObject openApi;
    private final int port;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private HttpServer server;
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private volatile boolean releasedByClient;
    private volatile String openApiAuthorization;

    StandInService(String name, JsonObject openApi) {
        this.name = name;
        this.openApi = openApi;
        this.server = listen(0);
        this.port = server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public synchronized void stop() {
        server.stop(0);
        server = null;
    }

    public synchronized void start() {
        if (server == null) {
            server = listen(port);
        }
    }

    /** The next held export stops after its first part until {@link #release()}. */
    public void holdNextExport() {
        hold = new CountDownLatch(1);
        releasedByClient = false;
    }

    public void release() {
        hold.countDown();
    }

    /** Whether the last held export was let go by the test (not by running out of patience). */
    public boolean wasReleasedByClient() {
        return releasedByClient;
    }

    public String openApiAuthorization() {
        return openApiAuthorization;
    }

    private HttpServer listen(int onPort) {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 50);
            created.createContext("/", this::handle);
            created.setExecutor(executor);
            created.start();
            return created;
        } catch (IOException e) {
            throw new IllegalStateException("stand-in " + name + " cannot listen", e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals("/q/openapi")) {
                openApiAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
                respond(exchange, 200, "application/json", openApi.encode());
            } else if (path.equals("/api/v1/events")
                    && exchange.getRequestMethod().equals("DELETE")) {
                // as the services' REST layer answers a method a path does not have: no Allow header
                respond(exchange, 405, "application/problem+json", NOT_ALLOWED);
            } else if (path.endsWith("/missing")) {
                respond(exchange, 404, "application/problem+json", PROBLEM);
            } else if (path.endsWith("/silent")) {
                sleep(parameter(exchange, "ms", 0));
                respond(exchange, 200, "application/json", "{}");
            } else if (path.endsWith(".csv")) {
                export(exchange);
            } else if (path.startsWith("/assets/typed/") && (path.endsWith(".css") || path.endsWith(".js"))) {
                // the web app's answers with their real types, for the compression tests; every other
                // path echoes the request, for the routing tests
                respond(exchange, 200, path.endsWith(".css") ? "text/css" : "text/javascript", "/* an asset */");
            } else if (path.equals("/typed/page")) {
                respond(exchange, 200, "text/html;charset=UTF-8", "<!DOCTYPE html><title>a page</title>");
            } else {
                respond(exchange, 200, "application/json", echo(exchange).encode());
            }
        }
    }

    private JsonObject echo(HttpExchange exchange) throws IOException {
        long bodyBytes;
        try (InputStream body = exchange.getRequestBody()) {
            bodyBytes = body.transferTo(OutputStream.nullOutputStream());
        }
        JsonObject headers = new JsonObject();
        for (Map.Entry<String, List<String>> header :
                exchange.getRequestHeaders().entrySet()) {
            headers.put(header.getKey().toLowerCase(Locale.ROOT), new JsonArray(header.getValue()));
        }
        String query = exchange.getRequestURI().getRawQuery();
        return new JsonObject()
                .put("service", name)
                .put("method", exchange.getRequestMethod())
                .put("path", exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query))
                .put("authorization", exchange.getRequestHeaders().getFirst("Authorization"))
                .put("headers", headers)
                .put("bodyBytes", bodyBytes);
    }

    /** {@code ?bytes=N&holdAfter=M}: N bytes of CSV-ish lines, written in 64 KiB pieces, never held in full. */
    private void export(HttpExchange exchange) throws IOException {
        long total = parameter(exchange, "bytes", 1024);
        long holdAfter = parameter(exchange, "holdAfter", -1);
        byte[] piece = new byte[64 * 1024];
        Arrays.fill(piece, (byte) 'x');
        for (int i = 63; i < piece.length; i += 64) {
            piece[i] = '\n';
        }
        exchange.getResponseHeaders().set("Content-Type", "text/csv");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            long sent = 0;
            boolean held = holdAfter < 0;
            while (sent < total) {
                int n = (int) Math.min(piece.length, total - sent);
                out.write(piece, 0, n);
                sent += n;
                if (!held && sent >= holdAfter) {
                    held = true;
                    out.flush();
                    releasedByClient = awaitRelease();
                }
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean awaitRelease() {
        try {
            return hold.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long parameter(HttpExchange exchange, String parameter, long otherwise) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith(parameter + "=")) {
                    return Long.parseLong(pair.substring(parameter.length() + 1));
                }
            }
        }
        return otherwise;
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
