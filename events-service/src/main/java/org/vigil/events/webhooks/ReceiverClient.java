package org.vigil.events.webhooks;

import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.util.concurrent.TimeoutException;

/**
 * Posts one delivery to a receiver, within limits a hostile or broken receiver cannot stretch:
 * 5 s to connect, 10 s for the whole exchange, at most 64 KB of its answer read, no redirect
 * followed. The connection goes to the address that was vetted, not to whatever the name
 * resolves to by then, while the Host header and TLS (SNI, certificate check) keep the name.
 */
@ApplicationScoped
public class ReceiverClient {

    static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    static final long TOTAL_TIMEOUT_MILLIS = 10_000;
    static final int MAX_ANSWER_BYTES = 64 * 1024;

    /** What the receiver answered, or why there was no answer. */
    public record Outcome(Integer statusCode, String error, long durationMillis) {
        public boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private final Vertx vertx;
    private final HttpClient client;

    public ReceiverClient(Vertx vertx) {
        this.vertx = vertx;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
                .setKeepAlive(false)
                .setVerifyHost(true)
                .setForceSni(true)
                .setMaxPoolSize(16));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public Uni<Outcome> post(ReceiverUrl url, InetAddress address, MultiMap headers, String body) {
        long started = System.nanoTime();
        return Uni.createFrom()
                .<Integer>emitter(emitter -> {
                    Promise<Integer> status = Promise.promise();
                    status.future().onComplete(done -> {
                        if (done.succeeded()) {
                            emitter.complete(done.result());
                        } else {
                            emitter.fail(done.cause());
                        }
                    });
                    send(url, address, headers, body, status);
                })
                .map(code -> new Outcome(code, code >= 200 && code < 300 ? null : "answered " + code, since(started)))
                .onFailure()
                .recoverWithItem(failure -> new Outcome(null, describe(failure), since(started)));
    }

    private void send(ReceiverUrl url, InetAddress address, MultiMap headers, String body, Promise<Integer> status) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(url.port(), address.getHostAddress()))
                .setHost(url.host())
                .setPort(url.port())
                .setSsl(url.tls())
                .setURI(url.target())
                .setFollowRedirects(false)
                .setHeaders(headers);
        long[] timer = new long[1];
        HttpClientRequest[] sent = new HttpClientRequest[1];
        timer[0] = vertx.setTimer(TOTAL_TIMEOUT_MILLIS, id -> {
            if (status.tryFail(new TimeoutException("no complete answer within 10 s")) && sent[0] != null) {
                sent[0].reset();
            }
        });
        status.future().onComplete(done -> vertx.cancelTimer(timer[0]));
        client.request(options).onFailure(status::tryFail).onSuccess(request -> {
            sent[0] = request;
            request.send(Buffer.buffer(body)).onFailure(status::tryFail).onSuccess(response -> {
                int[] read = {0};
                response.exceptionHandler(status::tryFail);
                response.handler(chunk -> {
                    read[0] += chunk.length();
                    if (read[0] > MAX_ANSWER_BYTES) {
                        // the status is known; the rest of an oversized answer is not worth reading
                        status.tryComplete(response.statusCode());
                        request.reset();
                    }
                });
                response.endHandler(end -> status.tryComplete(response.statusCode()));
            });
        });
    }

    private static long since(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /**
     * A fixed description per kind of failure: exception messages name addresses and hosts, which
     * the delivery log shows and keeps.
     */
    private static String describe(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return "no complete answer within 10 s";
        }
        if (failure instanceof io.netty.channel.ConnectTimeoutException) {
            return "could not connect within 5 s";
        }
        if (failure instanceof java.net.ConnectException) {
            return "could not connect";
        }
        if (failure instanceof javax.net.ssl.SSLException) {
            return "TLS failed (certificate or handshake)";
        }
        if (failure instanceof io.vertx.core.VertxException && "Connection was closed".equals(failure.getMessage())) {
            return "the connection was closed before an answer";
        }
        return "delivery failed (" + failure.getClass().getSimpleName() + ")";
    }
}
