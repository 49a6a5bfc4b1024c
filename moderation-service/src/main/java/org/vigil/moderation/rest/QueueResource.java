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
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.ClaimStatus;
import org.vigil.contracts.vocabulary.EventKind;
import org.vigil.moderation.identity.Accounts;
import org.vigil.moderation.queue.ModerationQueue;
import org.vigil.openapi.ContractDocument;
import org.vigil.paging.Page;
import org.vigil.paging.PageRequest;
import org.vigil.problem.ProblemException;

/** The moderation queue, for moderators (docs/product.md §5). */
@Path("/api/v1/moderation/queue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("moderator")
@SecurityRequirement(name = ContractDocument.PERSON, scopes = "openid")
public class QueueResource {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Inject
    ModerationQueue queue;

    @Inject
    Accounts accounts;

    /**
     * Claims oldest first, filtered by status (default pending), sensitivity ({@code true} or
     * {@code false}), event kind, country (ISO 3166-1 alpha-2) and property, a page of {@code limit}
     * (1 to 200) at a time; {@code nextCursor} fetches the next page. The caller's own claims are
     * left out: they may not decide them. An unknown filter, or a value a filter does not know, is
     * a 400 naming it: a typo must not look like an empty queue.
     */
    @GET
    @Extension(name = ContractDocument.ROLES, value = ContractDocument.MODERATOR, parseValue = true)
    @Operation(operationId = "listModerationQueue")
    public Uni<Page<QueueItem>> queue(
            @QueryParam("status") String status,
            @QueryParam("sensitive") String sensitive,
            @QueryParam("kind") String kind,
            @QueryParam("country") String country,
            @QueryParam("property") String property,
            @BeanParam PageRequest page) {
        ModerationQueue.Filter filter = new ModerationQueue.Filter(
                status == null
                        ? null
                        : ClaimStatus.fromWire(status)
                                .orElseThrow(() -> ProblemException.invalid("status", "unknown status")),
                sensitive == null
                        ? null
                        : switch (sensitive) {
                            case "true" -> true;
                            case "false" -> false;
                            default -> throw ProblemException.invalid("sensitive", "must be true or false");
                        },
                kind == null
                        ? null
                        : EventKind.fromWire(kind).orElseThrow(() -> ProblemException.invalid("kind", "unknown kind")),
                country == null ? null : knownCountry(country),
                property == null
                        ? null
                        : ClaimProperty.fromWire(property)
                                .orElseThrow(() -> ProblemException.invalid("property", "unknown property")));
        return queue.page(filter, accounts.caller(), page.cursor(), page.limit(50))
                .map(found -> found.map(QueueItem::new));
    }

    private static String knownCountry(String country) {
        String code = country.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw ProblemException.invalid("country", "must be an ISO 3166-1 alpha-2 code, e.g. DE");
        }
        return code;
    }
}
