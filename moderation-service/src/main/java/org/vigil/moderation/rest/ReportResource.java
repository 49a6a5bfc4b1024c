package org.vigil.moderation.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vigil.idempotency.IdempotencyKey;
import org.vigil.idempotency.IdempotentRequests;
import org.vigil.identity.Scopes;
import org.vigil.moderation.identity.Account;
import org.vigil.moderation.identity.Accounts;
import org.vigil.moderation.reports.MyReports;
import org.vigil.moderation.reports.ReportSubmission;
import org.vigil.moderation.reports.ReportWithdrawal;
import org.vigil.openapi.ContractDocument;
import org.vigil.paging.Page;
import org.vigil.paging.PageRequest;

/**
 * Contributors and partners submit reports here, follow their own, and withdraw them (docs/product.md §5).
 * A report is visible to its author only: to anyone else it does not exist (404).
 */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
@SecurityRequirement(name = ContractDocument.PERSON, scopes = "openid")
@SecurityRequirement(name = ContractDocument.PARTNER, scopes = Scopes.REPORTS_WRITE)
public class ReportResource {

    @Inject
    ReportSubmission submission;

    @Inject
    ReportWithdrawal withdrawal;

    @Inject
    MyReports reports;

    @Inject
    Accounts accounts;

    @Inject
    IdempotentRequests idempotency;

    /**
     * Accepts a report and answers 202 with the report's id, the event's id (reserved now, public
     * once approved) and each claim's id. Sources are registered and quotes checked afterwards.
     * With an {@code Idempotency-Key}, a retry within 24 h gets the first answer and submits nothing.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = ContractDocument.ROLES, value = ContractDocument.CONTRIBUTOR, parseValue = true)
    @Operation(operationId = "submitReport")
    @APIResponse(
            responseCode = "202",
            description = "Accepted: the report's id, its event's, and each claim's",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReportAccepted.class)))
    public Uni<Response> submit(
            @Valid @NotNull ReportRequest report, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey) {
        Account author = author();
        return idempotency.once(
                idempotencyKey,
                "POST /api/v1/reports",
                author.pseudonym().value(),
                report,
                () -> submission
                        .submit(report.toReport(), author)
                        .map(submitted ->
                                Response.accepted(ReportAccepted.of(submitted)).build()));
    }

    /** The caller's reports, newest first, with each claim's status and the moderators' reasons. */
    @GET
    @Path("/mine")
    @Extension(name = ContractDocument.ROLES, value = ContractDocument.CONTRIBUTOR, parseValue = true)
    @Operation(operationId = "listMyReports")
    public Uni<Page<ReportView>> mine(@BeanParam PageRequest page) {
        return reports.page(author(), page.cursor(), page.limit(50)).map(found -> found.map(ReportView::of));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReport")
    public Uni<ReportView> one(@PathParam("id") UUID id) {
        return reports.one(id, author()).map(ReportView::of);
    }

    /** Withdraws every claim of the report that is still open; 409 when none is. */
    @POST
    @Path("/{id}/withdraw")
    @Operation(operationId = "withdrawReport")
    public Uni<ReportView> withdraw(@PathParam("id") UUID id) {
        Account author = author();
        return withdrawal
                .withdraw(id, author)
                .chain(report -> reports.one(report.id, author))
                .map(ReportView::of);
    }

    private Account author() {
        return accounts.author();
    }
}
