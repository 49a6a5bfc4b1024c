package org.vigil.moderation.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.vigil.moderation.service.Accounts;
import org.vigil.moderation.service.ReportSubmission;
import org.vigil.problem.ProblemException;

/** Contributors and partners submit reports here (SPEC §5). */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ReportSubmission submission;
    private final Accounts accounts;
    private final JsonWebToken token;
    private final SecurityIdentity identity;

    public ReportResource(ReportSubmission submission, Accounts accounts, JsonWebToken token, SecurityIdentity identity) {
        this.submission = submission;
        this.accounts = accounts;
        this.token = token;
        this.identity = identity;
    }

    /**
     * Accepts a report and answers 202 with the report's id, the event's id (reserved now, public
     * once approved) and each claim's id. Sources are registered and quotes checked afterwards.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("**")
    public Uni<Response> submit(@Valid @NotNull ReportRequest report) {
        if (!identity.hasRole("contributor") && !Scopes.of(token).contains("reports:write")) {
            throw ProblemException.forbidden("submitting reports needs the contributor role or the reports:write scope");
        }
        return submission.submit(report, accounts.of(token, identity))
                .map(accepted -> Response.accepted(accepted).build());
    }
}
