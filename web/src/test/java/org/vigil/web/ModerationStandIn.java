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

    /** The claim of {@link #REPORT} the moderators sent back for changes. */
    static final String REVISABLE = "7b000000-0000-4000-8000-000000000002";

    /** The body of every revision it was sent, newest last. */
    static final List<String> REVISED = new CopyOnWriteArrayList<>();

    static final String PUBLISHER = "7d000000-0000-4000-8000-000000000001";

    /** Path and body of every merge, retraction and rating it was asked for, newest last. */
    static final List<String> ACTED = new CopyOnWriteArrayList<>();

    /** The body of every source it was asked to register, newest last. */
    static final List<String> REGISTERED = new CopyOnWriteArrayList<>();

    /** The query of every source search. */
    static final List<String> SEARCHED = new CopyOnWriteArrayList<>();

    /** A quote the stand-in refuses, as moderation-service refuses one its source does not contain. */
    static final String NOT_IN_THE_SOURCE = "words the source does not contain";

    private ModerationStandIn() {}

    private static void problem(HttpServerRequest request, String field, String message) {
        request.response()
                .setStatusCode(400)
                .putHeader("Content-Type", "application/problem+json")
                .end("{\"status\":400,\"title\":\"Bad Request\",\"errors\":[{\"field\":\"" + field + "\",\"message\":\""
                        + message + "\"}]}");
    }

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
                String exact = body.toJsonObject()
                        .getJsonArray("claims")
                        .getJsonObject(0)
                        .getJsonArray("citations")
                        .getJsonObject(0)
                        .getString("exact");
                if (!exact.equals(NOT_IN_THE_SOURCE)) {
                    PublicApiStandIn.json(request, 202, "{\"id\":\"" + REPORT + "\",\"status\":\"pending\"}");
                } else {
                    problem(request, "claims[0].citations[0].exact", "the quote is not in the source <b>");
                }
            });
        } else if (request.path().equals("/api/v1/sources")
                && request.method().name().equals("GET")) {
            SEARCHED.add(request.query() == null ? "" : request.query());
            String q = String.valueOf(request.getParam("q"));
            if (q.length() > 200) {
                problem(request, "q", "must have at most 200 characters");
                return;
            }
            boolean first = request.getParam("cursor") == null;
            PublicApiStandIn.json(
                    request,
                    200,
                    new io.vertx.core.json.JsonObject()
                            .put(
                                    "items",
                                    new io.vertx.core.json.JsonArray()
                                            .add(new io.vertx.core.json.JsonObject()
                                                    .put("id", first ? SOURCE : "7c000000-0000-4000-8000-000000000002")
                                                    .put("url", "https://example.org/munich")
                                                    .put("title", "Munich <script>alert('listed')</script>")
                                                    .put("registeredAt", "2026-02-15T10:00:00Z")
                                                    .put("status", "available")
                                                    .put(
                                                            "publisher",
                                                            new io.vertx.core.json.JsonObject()
                                                                    .put("id", PUBLISHER)
                                                                    .put("name", "Example News")
                                                                    .put("domain", "example.org")
                                                                    .put("rating", "reliable"))))
                            .put("nextCursor", first ? "c2" : null)
                            .encode());
        } else if (request.path().equals("/api/v1/sources")
                && request.method().name().equals("POST")) {
            request.body().onSuccess(body -> {
                REGISTERED.add(body.toString());
                String url = body.toJsonObject().getString("url");
                if (url.startsWith("http")) {
                    PublicApiStandIn.json(
                            request,
                            201,
                            new io.vertx.core.json.JsonObject()
                                    .put("id", SOURCE)
                                    .put("url", url)
                                    .put("title", body.toJsonObject().getString("title"))
                                    .put("version", 1)
                                    .put("created", true)
                                    .encode());
                } else {
                    problem(request, "url", "must be an http(s) URL <b>");
                }
            });
        } else if (request.path().equals("/api/v1/sources/" + SOURCE + "/suggestions")) {
            PublicApiStandIn.json(
                    request,
                    200,
                    "{\"sourceId\":\"" + SOURCE + "\",\"version\":1,\"suggestions\":[{\"property\":\"attendance\","
                            + "\"value\":{\"low\":250000,\"estimatedBy\":\"media\"},"
                            + "\"place\":{\"countryCode\":\"DE\",\"city\":\"Munich\"},\"date\":\"2026-02-14\","
                            + "\"citation\":{\"sourceId\":\"" + SOURCE + "\",\"exact\":\"250,000 came\"}}]}");
        } else if (request.path().equals("/api/v1/moderation/queue")) {
            PublicApiStandIn.json(
                    request,
                    200,
                    "{\"items\":[" + PublicApiStandIn.canned("claim.json") + ","
                            + PublicApiStandIn.canned("claim-existence.json") + "],\"nextCursor\":null}");
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
                            .put("url", "https://example.org/munich")
                            .put("title", "Munich <script>alert('source')</script>")
                            .put("version", 2)
                            .put("text", "They said 250,000 came <b>early</b>. Later: 250,000 came again.")
                            .encode());
        } else if (request.path().equals("/api/v1/reports/" + REPORT)) {
            PublicApiStandIn.json(
                    request,
                    200,
                    new io.vertx.core.json.JsonObject(PublicApiStandIn.canned("my-reports.json"))
                            .getJsonArray("items")
                            .getJsonObject(0)
                            .encode());
        } else if (request.path().equals("/api/v1/claims/" + REVISABLE)
                && request.method().name().equals("PUT")) {
            request.body().onSuccess(body -> {
                REVISED.add(body.toString());
                if (body.toString().contains(NOT_IN_THE_SOURCE)) {
                    problem(request, "citations[0].exact", "the quote is not in the source <b>");
                } else {
                    PublicApiStandIn.json(request, 200, "{}");
                }
            });
        } else if (request.path().endsWith("/merge") || request.path().endsWith("/retract")) {
            request.body().onSuccess(body -> {
                ACTED.add(request.path() + " " + body);
                String reason = body.toJsonObject().getString("reason", "");
                if (reason.equals("confirm")) {
                    PublicApiStandIn.json(request, 200, "{}");
                } else if (reason.equals("refuse")) {
                    request.response()
                            .setStatusCode(409)
                            .putHeader("Content-Type", "application/problem+json")
                            .end("{\"status\":409,\"title\":\"Conflict\",\"detail\":\"already merged <b>\"}");
                } else {
                    PublicApiStandIn.json(request, 202, "{\"status\":\"proposed\"}");
                }
            });
        } else if (request.path().equals("/api/v1/audit/verify")) {
            PublicApiStandIn.json(
                    request,
                    200,
                    "{\"valid\":true,\"entries\":42,\"head\":\"9f2c\",\"awaitingSequencing\":3,"
                            + "\"oldestAwaitingSince\":\"2026-12-05T09:30:07.123456Z\"}");
        } else if (request.path().equals("/api/v1/publishers")) {
            PublicApiStandIn.json(
                    request,
                    200,
                    "{\"items\":[{\"id\":\"" + PUBLISHER + "\",\"name\":\"<script>alert('p')</script>\","
                            + "\"domain\":\"example.org\",\"rating\":\"reliable\"}],\"nextCursor\":null}");
        } else if (request.path().equals("/api/v1/publishers/" + PUBLISHER)) {
            request.body().onSuccess(body -> {
                ACTED.add(request.path() + " " + body);
                PublicApiStandIn.json(request, 200, "{}");
            });
        } else if (request.path().equals("/api/v1/reports/mine")) {
            PublicApiStandIn.json(request, 200, PublicApiStandIn.canned("my-reports.json"));
        } else if (request.path().equals("/api/v1/reports/" + REPORT + "/withdraw")) {
            PublicApiStandIn.json(request, 200, "{}");
        } else {
            PublicApiStandIn.json(request, 404, "{\"status\":404}");
        }
    }
}
