package org.vigil.moderation.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.vigil.identity.Scopes;

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
        return new Account(subject, pseudonyms.of(subject), pseudonyms.moderatorOf(subject),
                identity.hasRole("moderator"), partner && clientId != null ? clientId.toString() : null);
    }

    /** Whether the caller may submit and follow reports: a contributor, or a partner granted reports:write. */
    public static boolean canReport(JsonWebToken token, SecurityIdentity identity) {
        return identity.hasRole("contributor") || Scopes.has(token, Scopes.REPORTS_WRITE);
    }
}
