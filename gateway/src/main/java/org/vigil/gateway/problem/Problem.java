package org.vigil.gateway.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/**
 * An RFC 9457 problem the gateway answers itself. The {@code type} URIs are the ones the services
 * use, so a client sees one vocabulary whoever answered.
 */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPES = "https://vigil.example/problems/";

    public static Problem of(String kind, String title, int status, String detail) {
        return new Problem(TYPES + kind, title, status, detail);
    }

    public static Problem unauthorized(boolean tokenPresented) {
        return of("unauthorized", "Unauthorized", 401, tokenPresented
                ? "the bearer token is invalid, expired or not issued for this API"
                : "this needs a bearer token");
    }

    public static Problem forbidden() {
        return of("forbidden", "Forbidden", 403, "your role or scope does not allow this");
    }

    public static Problem notFound() {
        return of("not-found", "Not Found", 404, "there is no such resource");
    }

    public static Problem tooLarge(long limitBytes) {
        return of("payload-too-large", "Payload Too Large", 413,
                "the request body is larger than the limit of " + limitBytes + " bytes");
    }

    public static Problem rateLimited(long retryAfterSeconds) {
        return of("rate-limited", "Too Many Requests", 429,
                "too many requests; try again in " + retryAfterSeconds + " s");
    }

    public static Problem unavailable(String what) {
        return of("service-unavailable", "Service Unavailable", 503, what + " is not reachable right now; try again later");
    }

    public static Problem timedOut(String what) {
        return of("gateway-timeout", "Gateway Timeout", 504, what + " did not answer in time");
    }

    public static Problem internal() {
        return of("internal-error", "Internal Server Error", 500, "the gateway failed to handle this request");
    }

    public JsonObject toJson() {
        return new JsonObject().put("type", type).put("title", title).put("status", status).put("detail", detail);
    }

    /** Answers with this problem unless an answer has already begun (then nothing can be said). */
    public void send(HttpServerResponse response) {
        if (response.ended() || response.headWritten()) {
            return;
        }
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(toJson().encode());
    }
}
