package org.vigil.events;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A partner's receiver in the test JVM: a plain HTTP server on 127.0.0.1 that checks every
 * delivery with the official Standard Webhooks library, against each secret it was told, and
 * answers with the status codes it is given (200 once they run out).
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived, and which of the known secrets verified it. */
    record Received(Map<String, String> headers, String body, List<String> verifiedWith) {
        JsonObject json() {
            return new JsonObject(body);
        }

        String type() {
            return json().getString("type");
        }

        JsonObject data() {
            return json().getJsonObject("data");
        }
    }

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final List<String> secrets = new CopyOnWriteArrayList<>();
    private final Deque<Integer> answers = new ConcurrentLinkedDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    WebhookReceiver() {
        server = vertx.createHttpServer()
                .requestHandler(request -> request.body().onSuccess(body -> {
                    Map<String, List<String>> headers = new HashMap<>();
                    Map<String, String> flat = new HashMap<>();
                    request.headers().forEach(header -> {
                        headers.computeIfAbsent(header.getKey().toLowerCase(), k -> new ArrayList<>())
                                .add(header.getValue());
                        flat.put(header.getKey().toLowerCase(), header.getValue());
                    });
                    List<String> verified = new ArrayList<>();
                    for (String secret : secrets) {
                        try {
                            new Webhook(secret).verify(body.toString(), headers);
                            verified.add(secret);
                        } catch (WebhookVerificationException e) {
                            // not signed with this one
                        }
                    }
                    received.add(new Received(flat, body.toString(), verified));
                    Integer status = answers.poll();
                    request.response()
                            .setStatusCode(status == null ? 200 : status)
                            .end();
                }));
        try {
            server.listen(0, "127.0.0.1")
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the test receiver did not start", e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.actualPort() + path;
    }

    /** Verifies what comes from now on with this secret too. */
    WebhookReceiver trust(String secret) {
        secrets.add(secret);
        return this;
    }

    /** The next answers, in order. */
    WebhookReceiver answer(Integer... statusCodes) {
        answers.addAll(List.of(statusCodes));
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
