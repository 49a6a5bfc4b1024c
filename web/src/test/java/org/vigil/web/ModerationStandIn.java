package org.vigil.web;

import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** moderation-service's part of the stand-in: it answers only the signed-in person's own token. */
final class ModerationStandIn {

    static final String REPORT = "7a000000-0000-4000-8000-000000000001";

    /** Method and path of every request it accepted, newest last. */
    static final List<String> REQUESTS = new CopyOnWriteArrayList<>();

    /** The body of every report it was sent, newest last. */
    static final List<String> SUBMITTED = new CopyOnWriteArrayList<>();

    static final String CLAIM = "7b000000-0000-4000-8000-0000000000c1";
    static final String SOURCE = "7c000000-0000-4000-8000-000000000001";

    /** The body of every decision it was sent, newest last. */
    static final List<String> DECIDED = new CopyOnWriteArrayList<>();

    private ModerationStandIn() {}

    static void answer(HttpServerRequest request) {
        String issuer = "http://" + request.authority() + "/realms/test";
        String authorization = String.valueOf(request.getHeader("Authorization"));
        // any signed user token of the stand-in identity provider; the web app's own token is refused
        if (!authorization.startsWith("Bearer ey") || authorization.equals("Bearer " + PublicApiStandIn.TOKEN)) {
            PublicApiStandIn.json(request, 401, "{\"status\":401}");
            return;
        }
        REQUESTS.add(request.method() + " " + request.path());
        if (request.path().equals("/api/v1/reports") && request.method().name().equals("POST")) {
            request.body().onSuccess(body -> {
                SUBMITTED.add(body.toString());
                if (body.toJsonObject()
                        .getJsonArray("claims")
                        .getJsonObject(0)
                        .getJsonArray("citations")
                        .getJsonObject(0)
                        .getJsonObject("source")
                        .getString("url")
                        .startsWith("http")) {
                    PublicApiStandIn.json(request, 202, "{\"id\":\"" + REPORT + "\",\"status\":\"pending\"}");
                } else {
                    request.response()
                            .setStatusCode(400)
                            .putHeader("Content-Type", "application/problem+json")
                            .end(
                                    "{\"status\":400,\"title\":\"Bad Request\",\"errors\":[{\"field\":"
                                            + "\"claims[0].citations[0].source.url\",\"message\":\"must be an http(s) URL <b>\"}]}");
                }
            });
        } else if (request.path().equals("/api/v1/moderation/queue")) {
            PublicApiStandIn.json(
                    request, 200, "{\"items\":[" + PublicApiStandIn.canned("claim.json") + "],\"nextCursor\":null}");
        } else if (request.path().equals("/api/v1/claims/" + CLAIM)) {
            PublicApiStandIn.json(request, 200, PublicApiStandIn.canned("claim.json"));
        } else if (request.path().equals("/api/v1/claims/" + CLAIM + "/decisions")) {
            request.body().onSuccess(body -> {
                DECIDED.add(body.toString());
                if (body.toJsonObject().containsKey("reason")) {
                    PublicApiStandIn.json(request, 201, "{}");
                } else {
                    request.response()
                            .setStatusCode(400)
                            .putHeader("Content-Type", "application/problem+json")
                            .end(
                                    "{\"status\":400,\"errors\":[{\"field\":\"reason\",\"message\":\"a reason is required\"}]}");
                }
            });
        } else if (request.path().equals("/api/v1/sources/" + SOURCE)) {
            PublicApiStandIn.json(
                    request,
                    200,
                    new io.vertx.core.json.JsonObject()
                            .put("id", SOURCE)
                            .put("text", "They said 250,000 came <b>early</b>. Later: 250,000 came again.")
                            .encode());
        } else if (request.path().equals("/api/v1/reports/mine")) {
            PublicApiStandIn.json(request, 200, PublicApiStandIn.canned("my-reports.json"));
        } else if (request.path().equals("/api/v1/reports/" + REPORT + "/withdraw")) {
            PublicApiStandIn.json(request, 200, "{}");
        } else {
            PublicApiStandIn.json(request, 404, "{\"status\":404}");
        }
    }
}
