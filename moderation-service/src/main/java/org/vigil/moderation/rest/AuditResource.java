package org.vigil.moderation.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vigil.moderation.audit.AuditAnchor;
import org.vigil.moderation.audit.AuditEntry;
import org.vigil.moderation.audit.AuditLog;
import org.vigil.moderation.audit.AuditVerification;
import org.vigil.openapi.ContractDocument;
import org.vigil.paging.Page;
import org.vigil.paging.PageRequest;
import org.vigil.problem.ProblemException;

/**
 * The hash-chained audit log, for admins (docs/product.md §2 "Decision / audit entry"): every act, oldest
 * first, and the verification of the chain. Contributors appear in it by pseudonym only.
 */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@SecurityRequirement(name = ContractDocument.PERSON, scopes = "openid")
public class AuditResource {

    @Inject
    AuditLog log;

    /** Entries oldest first, {@code limit} at a time; {@code nextCursor} continues after the last. */
    @GET
    @Extension(name = ContractDocument.ROLES, value = ContractDocument.ADMIN, parseValue = true)
    @Operation(operationId = "listAuditEntries")
    public Uni<Page<AuditEntry>> entries(@BeanParam PageRequest page) {
        int limit = page.limit(100);
        long after = page.cursor() == null ? 0 : sequence(page.cursor(), "cursor");
        return log.page(after, limit)
                .map(entries -> new Page<>(
                        entries,
                        entries.size() < limit
                                ? null
                                : Long.toString(entries.get(entries.size() - 1).sequence())));
    }

    /**
     * Walks the whole chain: {@code valid}, how many {@code entries}, the {@code head} hash, and the
     * {@code firstBadEntry} where it is not what was written. Given a head an admin kept earlier
     * ({@code sequence} and {@code hash}), also checks the log still holds it, which catches
     * entries cut off the end or rewritten with recomputed hashes.
     */
    @GET
    @Path("/verify")
    @Extension(name = ContractDocument.ROLES, value = ContractDocument.ADMIN, parseValue = true)
    @Operation(operationId = "verifyAuditLog")
    public Uni<AuditVerification> verify(@QueryParam("sequence") String sequence, @QueryParam("hash") String hash) {
        if ((sequence == null) != (hash == null)) {
            throw ProblemException.invalid(
                    sequence == null ? "sequence" : "hash", "a checkpoint needs both sequence and hash");
        }
        AuditAnchor anchor = sequence == null ? null : AuditAnchor.checkpoint(sequence(sequence, "sequence"), hash);
        return log.verify(anchor);
    }

    private static long sequence(String text, String field) {
        try {
            long value = Long.parseLong(text);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be an entry's sequence number");
        }
    }
}
