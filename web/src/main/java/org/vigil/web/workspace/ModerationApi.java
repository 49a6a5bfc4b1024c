package org.vigil.web.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigil.web.api.ApiUnavailable;
import org.vigil.web.api.ServiceAddress;
import org.vigil.web.config.WebConfig;

/**
 * moderation-service, called on behalf of the signed-in person: every request carries their own
 * access token, so the service decides what they may see and do, not the web app.
 */
@ApplicationScoped
public class ModerationApi {

    private final WebClient client;
    private final ObjectMapper json;
    private final String basePath;
    private final long timeoutMillis;

    ModerationApi(Vertx vertx, ObjectMapper json, WebConfig config) {
        ServiceAddress address = new ServiceAddress(config.moderationUrl());
        this.client = WebClient.create(vertx, address.clientOptions());
        this.basePath = address.basePath();
        this.json = json;
        this.timeoutMillis = config.apiTimeout().toMillis();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** The person's own reports, newest first. */
    public Uni<MyReports> myReports(String accessToken) {
        HttpRequest<Buffer> request =
                client.get(basePath + "/api/v1/reports/mine").addQueryParam("limit", "50");
        return send(request, accessToken, null).map(response -> read(ok(response), MyReports.class));
    }

    /** Withdraws one of the person's reports; the service refuses anything that is not theirs. */
    public Uni<Void> withdraw(String accessToken, String reportId) {
        HttpRequest<Buffer> request = client.post(basePath + "/api/v1/reports/" + reportId + "/withdraw");
        return send(request, accessToken, null).map(response -> {
            // 409: no longer pending; the list shows why
            if (response.statusCode() >= 500) {
                throw new ApiUnavailable("moderation-service answered " + response.statusCode());
            }
            return null;
        });
    }

    /** A page of the queue, oldest first, filtered as moderation-service allows. */
    public Uni<QueueClaim.Page> queue(String accessToken, java.util.Map<String, String> filters) {
        HttpRequest<Buffer> request =
                client.get(basePath + "/api/v1/moderation/queue").addQueryParam("limit", "50");
        filters.forEach(request::addQueryParam);
        return send(request, accessToken, null).map(response -> {
            if (response.statusCode() == 400) {
                return new QueueClaim.Page(java.util.List.of(), null);
            }
            return read(ok(response), QueueClaim.Page.class);
        });
    }

    /** One claim as moderators see it; null when there is none. */
    public Uni<QueueClaim> claim(String accessToken, String claimId) {
        return send(client.get(basePath + "/api/v1/claims/" + claimId), accessToken, null)
                .map(response -> response.statusCode() == 404 ? null : read(ok(response), QueueClaim.class));
    }

    /** Records a moderator's decision; a refusal comes back as errors by form field. */
    public Uni<Map<String, String>> decide(String accessToken, String claimId, String decision, String reason) {
        ObjectNode body = json.createObjectNode().put("decision", decision);
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason);
        }
        return acted(
                        client.post(basePath + "/api/v1/claims/" + claimId + "/decisions"),
                        accessToken,
                        body,
                        field -> field)
                .map(Act::errors);
    }

    /** The author's next revision of a claim; a refusal comes back as errors by form field. */
    public Uni<Map<String, String>> revise(String accessToken, String claimId, ObjectNode revision) {
        return acted(client.put(basePath + "/api/v1/claims/" + claimId), accessToken, revision, RevisionForm::formField)
                .map(Act::errors);
    }

    /** One of the person's own reports; null when there is none (or it is someone else's). */
    public Uni<MyReports.Report> report(String accessToken, String reportId) {
        return send(client.get(basePath + "/api/v1/reports/" + reportId), accessToken, null)
                .map(response -> response.statusCode() == 404 || response.statusCode() == 400
                        ? null
                        : read(ok(response), MyReports.Report.class));
    }

    /** Merges {@code event} into {@code into}: proposed by one moderator, applied by a second's same request. */
    public Uni<Act> merge(String accessToken, String event, String into, String reason) {
        ObjectNode body = json.createObjectNode().put("into", into).put("reason", reason);
        return acted(client.post(basePath + "/api/v1/events/" + event + "/merge"), accessToken, body, Act::mergeField);
    }

    /** Retracts an approved claim (an existence claim is its event: two moderators). */
    public Uni<Act> retract(String accessToken, String claimId, String reason) {
        ObjectNode body = json.createObjectNode().put("reason", reason);
        return acted(
                client.post(basePath + "/api/v1/claims/" + claimId + "/retract"), accessToken, body, field -> field);
    }

    /**
     * Sends an act: done (2xx), proposed and waiting for a second moderator (202), or refused with
     * the service's reasons by form field ({@code ""} for what no field can fix).
     */
    private Uni<Act> acted(
            HttpRequest<Buffer> request,
            String accessToken,
            ObjectNode body,
            java.util.function.UnaryOperator<String> formField) {
        return send(request, accessToken, Buffer.buffer(body.toString())).map(response -> {
            int status = response.statusCode();
            if (status == 202) {
                return Act.PROPOSED;
            }
            if (status >= 200 && status < 300) {
                return Act.DONE;
            }
            if (status >= 400 && status < 500) {
                return Act.refused(problemErrors(response, formField));
            }
            throw new ApiUnavailable("moderation-service answered " + status);
        });
    }

    /** The audit chain walked end to end by moderation-service (admins only). */
    public Uni<AuditCheck> verifyAudit(String accessToken) {
        return send(client.get(basePath + "/api/v1/audit/verify"), accessToken, null)
                .map(response -> read(ok(response), AuditCheck.class));
    }

    private Map<String, String> problemErrors(
            HttpResponse<Buffer> response, java.util.function.UnaryOperator<String> formField) {
        Map<String, String> errors = new LinkedHashMap<>();
        JsonNode problem = read(response, JsonNode.class);
        for (JsonNode error : problem.path("errors")) {
            String field = formField.apply(error.path("field").asText(""));
            errors.putIfAbsent(field == null ? "" : field, error.path("message").asText(""));
        }
        if (errors.isEmpty()) {
            errors.put("", problem.path("detail").asText(problem.path("title").asText("")));
        }
        return errors;
    }

    /** Sends a report; a 400/422 problem comes back as errors by form field, nothing else changed. */
    public Uni<Submission> submit(String accessToken, com.fasterxml.jackson.databind.JsonNode report) {
        HttpRequest<Buffer> request = client.post(basePath + "/api/v1/reports");
        Buffer body;
        try {
            body = Buffer.buffer(json.writeValueAsBytes(report));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(request, accessToken, body).map(response -> {
            int status = response.statusCode();
            if (status == 202 || status == 201 || status == 200) {
                return new Submission.Accepted(read(response, com.fasterxml.jackson.databind.JsonNode.class)
                        .path("id")
                        .asText());
            }
            if (status == 400 || status == 422 || status == 409) {
                return new Submission.Refused(fieldErrors(response));
            }
            throw new ApiUnavailable("moderation-service answered " + status);
        });
    }

    private java.util.Map<String, String> fieldErrors(HttpResponse<Buffer> response) {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        com.fasterxml.jackson.databind.JsonNode problem;
        try {
            problem = json.readTree(response.body().getBytes());
        } catch (IOException e) {
            problem = json.createObjectNode();
        }
        for (com.fasterxml.jackson.databind.JsonNode error : problem.path("errors")) {
            String field = ReportForm.formField(error.path("field").asText(null));
            String message = error.path("message").asText(error.path("detail").asText(""));
            errors.putIfAbsent(field == null ? "" : field, message);
        }
        if (errors.isEmpty()) {
            errors.put("", problem.path("detail").asText(problem.path("title").asText("")));
        }
        return errors;
    }

    private Uni<HttpResponse<Buffer>> send(HttpRequest<Buffer> request, String accessToken, Buffer body) {
        request.timeout(timeoutMillis)
                .putHeader(HttpHeaders.ACCEPT.toString(), "application/json")
                .putHeader(HttpHeaders.AUTHORIZATION.toString(), "Bearer " + accessToken);
        Uni<HttpResponse<Buffer>> sent = body == null
                ? request.send()
                : request.putHeader(HttpHeaders.CONTENT_TYPE.toString(), "application/json")
                        .sendBuffer(body);
        return sent.onFailure(failure -> !(failure instanceof ApiUnavailable))
                .transform(failure -> new ApiUnavailable("moderation-service did not answer", failure));
    }

    private static HttpResponse<Buffer> ok(HttpResponse<Buffer> response) {
        if (response.statusCode() != 200) {
            throw new ApiUnavailable("moderation-service answered " + response.statusCode());
        }
        return response;
    }

    private <T> T read(HttpResponse<Buffer> response, Class<T> type) {
        try {
            return json.readValue(response.body().getBytes(), type);
        } catch (IOException e) {
            throw new ApiUnavailable("moderation-service answered something unreadable", e);
        }
    }
}
