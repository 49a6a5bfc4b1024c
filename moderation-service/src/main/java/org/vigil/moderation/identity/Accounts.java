package org.vigil.moderation.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.vigil.identity.Pseudonyms;
import org.vigil.identity.Scopes;
import org.vigil.problem.ProblemException;

/** Turns the caller's verified token into an {@link Account}. */
@ApplicationScoped
public class Accounts {

    private final Pseudonyms pseudonyms;

    public Accounts(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    public Account of(JsonWebToken token, SecurityIdentity identity) {
        String subject = token.getSubject();
        boolean partner = !identity.hasRole("contributor") && Scopes.has(token, Scopes.REPORTS_WRITE);
        Object clientId = token.getClaim("azp");
        return new Account(
                subject,
                pseudonyms.of(subject),
                pseudonyms.moderatorOf(subject),
                identity.hasRole("moderator"),
                partner && clientId != null ? clientId.toString() : null);
    }

    /**
     * The caller as the author of reports: submitting, following, withdrawing and revising them.
     * 403 for anyone who may not write reports (the one rule: {@link Scopes#mayWriteReports}).
     */
    public Account author(JsonWebToken token, SecurityIdentity identity) {
        if (!Scopes.mayWriteReports(identity, token)) {
            throw ProblemException.forbidden("reports need the contributor role or the reports:write scope");
        }
        return of(token, identity);
    }
}
