package org.vigil.web.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.vigil.web.config.WebConfig;

/** moderation-service, on behalf of the signed-in person: their reports, the queue, decisions and acts. */
@ApplicationScoped
public class ModerationApi extends ServiceApi {

    ModerationApi() {
        super("moderation-service", WebConfig::moderationUrl);
    }

    /** The person's own reports, newest first. */
    public Uni<MyReports> myReports(String accessToken) {
        HttpRequest<Buffer> request = get("/api/v1/reports/mine").addQueryParam("limit", "50");
        return send(request, accessToken, null).map(response -> read(ok(response), MyReports.class));
    }

    /** Withdraws one of the person's reports; the service refuses anything that is not theirs. */
    public Uni<Void> withdraw(String accessToken, String reportId) {
        return send(post("/api/v1/reports/" + reportId + "/withdraw"), accessToken, null)
                .map(response -> {
                    // 409: no longer pending; the list shows why
                    if (response.statusCode() >= 500) {
                        throw unexpected(response);
                    }
                    return null;
                });
    }

    /** A page of the queue, oldest first, filtered as moderation-service allows. */
    public Uni<QueueClaim.Page> queue(String accessToken, Map<String, String> filters) {
        HttpRequest<Buffer> request = get("/api/v1/moderation/queue").addQueryParam("limit", "50");
        filters.forEach(request::addQueryParam);
        return send(request, accessToken, null).map(response -> {
            if (response.statusCode() == 400) {
                return new QueueClaim.Page(List.of(), null);
            }
            return read(ok(response), QueueClaim.Page.class);
        });
    }

    /** One claim as moderators see it; null when there is none. */
    public Uni<QueueClaim> claim(String accessToken, String claimId) {
        return send(get("/api/v1/claims/" + claimId), accessToken, null)
                .map(response -> response.statusCode() == 404 ? null : read(ok(response), QueueClaim.class));
    }

    /** Records a moderator's decision; a refusal comes back as errors by form field. */
    public Uni<Map<String, String>> decide(String accessToken, String claimId, String decision, String reason) {
        ObjectNode body = json.createObjectNode().put("decision", decision);
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason);
        }
        return acted(post("/api/v1/claims/" + claimId + "/decisions"), accessToken, body, field -> field)
                .map(Act::errors);
    }

    /** The author's next revision of a claim; a refusal comes back as errors by form field. */
    public Uni<Map<String, String>> revise(String accessToken, String claimId, ObjectNode revision) {
        return acted(put("/api/v1/claims/" + claimId), accessToken, revision, RevisionForm::formField)
                .map(Act::errors);
    }

    /** One of the person's own reports; null when there is none (or it is someone else's). */
    public Uni<MyReports.Report> report(String accessToken, String reportId) {
        return send(get("/api/v1/reports/" + reportId), accessToken, null)
                .map(response -> response.statusCode() == 404 || response.statusCode() == 400
                        ? null
                        : read(ok(response), MyReports.Report.class));
    }

    /** Merges {@code event} into {@code into}: proposed by one moderator, applied by a second's same request. */
    public Uni<Act> merge(String accessToken, String event, String into, String reason) {
        ObjectNode body = json.createObjectNode().put("into", into).put("reason", reason);
        return acted(post("/api/v1/events/" + event + "/merge"), accessToken, body, Act::mergeField);
    }

    /** Retracts an approved claim (an existence claim is its event: two moderators). */
    public Uni<Act> retract(String accessToken, String claimId, String reason) {
        ObjectNode body = json.createObjectNode().put("reason", reason);
        return acted(post("/api/v1/claims/" + claimId + "/retract"), accessToken, body, field -> field);
    }

    /** The audit chain walked end to end by moderation-service (admins only). */
    public Uni<AuditCheck> verifyAudit(String accessToken) {
        return send(get("/api/v1/audit/verify"), accessToken, null)
                .map(response -> read(ok(response), AuditCheck.class));
    }

    /** Sends a report; a 400/422 problem comes back as errors by form field, nothing else changed. */
    public Uni<Submission> submit(String accessToken, JsonNode report) {
        return send(post("/api/v1/reports"), accessToken, report).map(response -> {
            int status = response.statusCode();
            if (status == 202 || status == 201 || status == 200) {
                return new Submission.Accepted(
                        read(response, JsonNode.class).path("id").asText());
            }
            if (status == 400 || status == 422 || status == 409) {
                return new Submission.Refused(problemErrors(response, ReportForm::formField));
            }
            throw unexpected(response);
        });
    }

    /**
     * Sends an act: done (2xx), proposed and waiting for a second moderator (202), or refused with
     * the service's reasons by form field ({@code ""} for what no field can fix).
     */
    private Uni<Act> acted(
            HttpRequest<Buffer> request, String accessToken, ObjectNode body, UnaryOperator<String> formField) {
        return send(request, accessToken, body).map(response -> {
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
            throw unexpected(response);
        });
    }
}
