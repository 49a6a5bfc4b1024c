package org.vigil.gateway.routing;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.vigil.gateway.openapi.AllowedMethods;
import org.vigil.gateway.problem.Problem;
import org.vigil.telemetry.TraceParent;

/**
 * Forwards one exchange to a service and streams both bodies through, chunk by chunk with
 * back-pressure, so a million-event export or a large upload never sits in the gateway's memory.
 * Failures before the service answered become 503 (unreachable) or 504 (silent too long) problems;
 * a failure in the middle of a streamed answer resets the client's connection, so a truncated
 * export can never look complete.
 */
@ApplicationScoped
public class ReverseProxy {

    private static final Logger LOG = Logger.getLogger(ReverseProxy.class);

    private final HttpClient client;
    private final UpstreamConfig config;
    private final RequestBodyLimit bodyLimit;
    private final AllowedMethods allowedMethods;

    ReverseProxy(Vertx vertx, UpstreamConfig config, RequestBodyLimit bodyLimit, AllowedMethods allowedMethods) {
        this.config = config;
        this.bodyLimit = bodyLimit;
        this.allowedMethods = allowedMethods;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setName("vigil-upstreams")
                .setConnectTimeout(Math.toIntExact(config.connectTimeout().toMillis()))
                .setMaxPoolSize(config.maxConnections())
                .setKeepAlive(true)
                .setDecompressionSupported(false));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Forwards the request unchanged but for its hop-by-hop headers and the given {@code Authorization}. */
    public void forward(RoutingContext rc, Upstream upstream, String authorization) {
        forward(rc, config.baseOf(upstream), upstream.serviceName(), rc.normalizedPath(), authorization);
    }

    /**
     * Forwards the request to {@code path} under {@code base}; {@code authorization} null sends
     * none. {@code name} says who failed, in a problem or a log line.
     */
    public void forward(RoutingContext rc, URI base, String name, String path, String authorization) {
        HttpServerRequest in = rc.request();
        String query = in.query() == null ? "" : "?" + in.query();
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(base.getHost())
                .setPort(base.getPort() > 0 ? base.getPort() : "https".equalsIgnoreCase(base.getScheme()) ? 443 : 80)
                .setSsl("https".equalsIgnoreCase(base.getScheme()))
                .setURI(basePath(base) + path + query)
                .setHeaders(ForwardedHeaders.towardsService(in.headers()))
                .setIdleTimeout(config.idleTimeout().toMillis())
                .setFollowRedirects(false);
        if (authorization != null) {
            options.putHeader(HttpHeaders.AUTHORIZATION, authorization);
        }
        String traceparent = TraceParent.current();
        if (traceparent != null) {
            // the service's spans join the gateway's trace (a client's own traceparent never passes)
            options.putHeader(TraceParent.NAME, traceparent);
        }
        client.request(options).onComplete(ar -> {
            if (ar.succeeded()) {
                exchange(rc, name, ar.result());
            } else {
                failed(rc, name, ar.cause());
            }
        });
    }

    private void exchange(RoutingContext rc, String name, HttpClientRequest out) {
        HttpServerRequest in = rc.request();
        rc.response().closeHandler(v -> out.reset());
        out.exceptionHandler(failure -> LOG.debugf(
                "exchange with %s ended: %s", name, failure.getClass().getSimpleName()));
        out.response().onComplete(ar -> {
            if (ar.succeeded()) {
                relay(rc, ar.result());
            } else {
                failed(rc, name, ar.cause());
            }
        });
        if (in.isEnded() || !hasBody(in)) {
            out.end();
            in.resume(); // lets the request's end through, so the connection can serve the next one
            return;
        }
        if (!in.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            out.setChunked(true);
        }
        if ("100-continue".equalsIgnoreCase(in.getHeader(HttpHeaders.EXPECT))) {
            rc.response().writeContinue();
        }
        streamBody(rc, out);
    }

    private void streamBody(RoutingContext rc, HttpClientRequest out) {
        HttpServerRequest in = rc.request();
        long[] received = {0};
        boolean[] refused = {false};
        in.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            received[0] += chunk.length();
            if (received[0] > bodyLimit.bytes()) {
                refused[0] = true;
                bodyLimit.refuse(rc);
                out.reset();
                return;
            }
            out.write(chunk);
            if (out.writeQueueFull()) {
                in.pause();
                out.drainHandler(v -> in.resume());
            }
        });
        in.exceptionHandler(failure -> out.reset(0, failure));
        in.endHandler(v -> {
            if (!refused[0]) {
                out.end();
            }
        });
    }

    private void relay(RoutingContext rc, HttpClientResponse answer) {
        HttpServerResponse response = rc.response();
        if (response.ended() || response.headWritten()) {
            answer.request().reset();
            return;
        }
        Context context = Vertx.currentContext();
        if (answer.statusCode() == 405 && !answer.headers().contains(HttpHeaders.ALLOW) && context != null) {
            // the services' REST layer leaves out the Allow header RFC 9110 requires: add it
            answer.pause();
            allowedMethods
                    .of(rc.normalizedPath())
                    .emitOn(task -> context.runOnContext(v -> task.run()))
                    .subscribe()
                    .with(allow -> {
                        allow.ifPresent(methods -> response.putHeader(HttpHeaders.ALLOW, methods));
                        stream(rc, answer);
                    });
            return;
        }
        stream(rc, answer);
    }

    private void stream(RoutingContext rc, HttpClientResponse answer) {
        HttpServerResponse response = rc.response();
        if (response.ended() || response.headWritten()) {
            answer.request().reset();
            return;
        }
        response.setStatusCode(answer.statusCode());
        ForwardedHeaders.towardsClient(answer.headers(), response.headers());
        if (mayHaveBody(rc.request().method(), answer.statusCode())
                && !response.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            response.setChunked(true);
        }
        answer.pipe().endOnFailure(false).to(response).onFailure(err -> {
            LOG.debugf(
                    "streaming an answer of %s broke off: %s",
                    rc.normalizedPath(), err.getClass().getSimpleName());
            response.reset();
        });
    }

    private void failed(RoutingContext rc, String name, Throwable cause) {
        if (rc.response().ended() || rc.response().headWritten()) {
            rc.response().reset();
            return;
        }
        // only the kind of failure: network exceptions name addresses, and no address is logged
        LOG.warnf(
                "%s failed for %s %s: %s",
                name,
                rc.request().method(),
                rc.normalizedPath(),
                cause.getClass().getSimpleName());
        Problem problem = cause instanceof TimeoutException ? Problem.timedOut(name) : Problem.unavailable(name);
        problem.send(rc.response());
    }

    /**
     * HTTP/1.1 announces a body with {@code Content-Length} or {@code Transfer-Encoding}; HTTP/2 may
     * send one without either, so there any method that can carry a body is streamed.
     */
    private static boolean hasBody(HttpServerRequest in) {
        if (in.headers().contains(HttpHeaders.CONTENT_LENGTH) || in.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            return true;
        }
        HttpMethod method = in.method();
        return in.version() == HttpVersion.HTTP_2
                && method != HttpMethod.GET
                && method != HttpMethod.HEAD
                && method != HttpMethod.OPTIONS;
    }

    private static boolean mayHaveBody(HttpMethod method, int status) {
        return method != HttpMethod.HEAD && status >= 200 && status != 204 && status != 304;
    }

    /** The base's path without its trailing slashes; no regular expression, since it runs for every request. */
    private static String basePath(URI base) {
        String path = base.getRawPath();
        if (path == null) {
            return "";
        }
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }
}
