package org.vigil.moderation.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vigil.idempotency.IdempotencyKey;
import org.vigil.idempotency.IdempotentRequests;
import org.vigil.identity.Scopes;
import org.vigil.moderation.identity.Account;
import org.vigil.moderation.identity.Accounts;
import org.vigil.moderation.reports.ReportBatch;
import org.vigil.openapi.ContractDocument;

/**
 * Many reports in one request (docs/product.md §5): up to 1,000, as a JSON array or as NDJSON. Each is
 * checked and accepted or refused on its own; the answer is 200 with one item per report (see
 * {@link BatchAnswer}). A bad report changes nothing and does not hold back the others. Who may
 * send one: whoever may submit a single report ({@link Accounts#mayWriteReports}). With an
 * {@code Idempotency-Key}, a retry within 24 h gets the first answer and submits nothing.
 */
@Path("/api/v1/reports/batch")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class ReportBatchResource {

    public static final String NDJSON = "application/x-ndjson";

    @Inject
    ReportBatch batch;

    @Inject
    Accounts accounts;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    Vertx vertx;

    /**
     * A JSON array of reports ({@code application/json}) or NDJSON, one report per line
     * ({@code application/x-ndjson}), each shaped like the body of {@code POST /api/v1/reports}.
     */
    @POST
    @Consumes({MediaType.APPLICATION_JSON, NDJSON})
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema =
                                @Schema(
                                        type = SchemaType.ARRAY,
                                        implementation = ReportRequest.class,
                                        maxItems = ReportBatch.MAX_REPORTS)),
                @Content(
                        mediaType = NDJSON,
                        schema =
                                @Schema(
                                        type = SchemaType.STRING,
                                        description =
                                                "one report per line, each shaped like the body of POST /api/v1/reports"))
            })
    @APIResponse(
            responseCode = "200",
            description = "one item per report, in the order sent",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BatchAnswer.class)))
    @SecurityRequirement(name = ContractDocument.PERSON, scopes = "openid")
    @SecurityRequirement(name = ContractDocument.PARTNER, scopes = Scopes.REPORTS_WRITE)
    @Extension(name = ContractDocument.ROLES, value = ContractDocument.CONTRIBUTOR, parseValue = true)
    @Operation(operationId = "submitReportBatch")
    public Uni<Response> submit(
            String body, @Context HttpHeaders headers, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey) {
        Account author = accounts.author();
        boolean lines =
                headers.getMediaType() != null && headers.getMediaType().isCompatible(MediaType.valueOf(NDJSON));
        // reading and validating a thousand reports takes CPU time the event loop must not wait for
        return vertx.executeBlocking(Uni.createFrom()
                        .item(() -> lines
                                ? BatchBody.ofLines(body, json, validator)
                                : BatchBody.ofArray(body, json, validator)))
                .chain(reports -> submit(reports, author, idempotencyKey));
    }

    private Uni<Response> submit(BatchBody body, Account author, String idempotencyKey) {
        return idempotency.once(
                idempotencyKey,
                "POST /api/v1/reports/batch",
                author.pseudonym().value(),
                body.sent(),
                () -> batch.submit(body.readable(), author)
                        .map(outcomes -> Response.ok(body.answer(outcomes)).build()));
    }
}
