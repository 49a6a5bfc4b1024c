package org.vigil.moderation.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.vigil.identity.Pseudonyms;
import org.vigil.identity.Scopes;
import org.vigil.problem.ProblemException;

/**
 * Turns the caller's verified token into an {@link Account}. The token and identity are the
 * current request's (request-scoped beans), so resources ask for {@link #caller()} instead of
 * carrying both themselves.
 */
@ApplicationScoped
public class Accounts {

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    /** Whoever sent the current request. */
    public Account caller() {
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
    public Account author() {
        if (!Scopes.mayWriteReports(identity, token)) {
            throw ProblemException.forbidden("reports need the contributor role or the reports:write scope");
        }
        return caller();
    }
}
