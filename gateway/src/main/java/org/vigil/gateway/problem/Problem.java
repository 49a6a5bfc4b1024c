package org.vigil.gateway.problem;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.ConfigProvider;
import org.vigil.contracts.problem.ProblemType;

/**
 * An RFC 9457 problem the gateway answers itself. Its types are the services' ones
 * ({@link ProblemType}), so a client sees one vocabulary whoever answered, and name the same
 * pages: {@code <public-url>/problems/<slug>}, which the web app serves.
 */
public record Problem(ProblemType type, String detail) {

    /** The public URL the types are named under: {@code VIGIL_PUBLIC_URL} (application.properties). */
    static final String PUBLIC_URL = "vigil.problems.public-url";

    public static Problem unauthorized(boolean tokenPresented) {
        return new Problem(
                ProblemType.UNAUTHORIZED,
                tokenPresented
                        ? "the bearer token is invalid, expired or not issued for this API"
                        : "this needs a bearer token");
    }

    public static Problem forbidden() {
        return new Problem(ProblemType.FORBIDDEN, "your role or scope does not allow this");
    }

    public static Problem notFound() {
        return new Problem(ProblemType.NOT_FOUND, "there is no such resource");
    }

    public static Problem tooLarge(long limitBytes) {
        return new Problem(
                ProblemType.PAYLOAD_TOO_LARGE, "the request body is larger than the limit of " + limitBytes + " bytes");
    }

    public static Problem rateLimited(long retryAfterSeconds) {
        return new Problem(ProblemType.RATE_LIMITED, "too many requests; try again in " + retryAfterSeconds + " s");
    }

    public static Problem unavailable(String what) {
        return new Problem(ProblemType.SERVICE_UNAVAILABLE, what + " is not reachable right now; try again later");
    }

    /** Tokens cannot be verified: the identity provider does not answer, and its keys are not known yet. */
    public static Problem identityProviderAway() {
        return new Problem(
                ProblemType.SERVICE_UNAVAILABLE,
                "tokens cannot be verified right now (the identity provider does not answer); try again shortly");
    }

    public static Problem timedOut(String what) {
        return new Problem(ProblemType.GATEWAY_TIMEOUT, what + " did not answer in time");
    }

    public static Problem internal() {
        return new Problem(ProblemType.INTERNAL_ERROR, "the gateway failed to handle this request");
    }

    /**
     * The one 401 answer, whether Quarkus challenges an unauthenticated request or a route fails
     * authentication later: a {@code Bearer} challenge and a body saying whether a token was seen.
     */
    public static void challenge(RoutingContext rc) {
        HttpServerResponse response = rc.response();
        if (!response.headers().contains(HttpHeaderNames.WWW_AUTHENTICATE)) {
            response.putHeader(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
        }
        unauthorized(rc.request().headers().contains(HttpHeaders.AUTHORIZATION)).send(response);
    }

    public JsonObject toJson() {
        return new JsonObject()
                .put("type", type.uri(publicUrl()).toString())
                .put("title", type.title())
                .put("status", type.status())
                .put("detail", detail);
    }

    /** Read when a problem is written, not once: a test profile or a restart may name another URL. */
    private static String publicUrl() {
        return ConfigProvider.getConfig().getValue(PUBLIC_URL, String.class);
    }

    /**
     * Answers with this problem unless an answer has already begun (then nothing can be said, and the
     * future fails); the future completes once the answer is written to the connection.
     */
    public Future<Void> send(HttpServerResponse response) {
        if (response.ended() || response.headWritten()) {
            return Future.failedFuture("the answer has begun already");
        }
        return response.setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemType.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(toJson().encode());
    }
}
