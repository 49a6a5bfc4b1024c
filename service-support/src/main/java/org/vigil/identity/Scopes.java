package org.vigil.identity;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.vigil.contracts.access.Access;

/** The OAuth2 scopes a partner's token was granted ({@code scope}, space separated), and the rules on them. */
public final class Scopes {

    public static final String EVENTS_READ = Access.EVENTS_READ;
    public static final String REPORTS_WRITE = Access.REPORTS_WRITE;
    public static final String WEBHOOKS_MANAGE = Access.WEBHOOKS_MANAGE;

    private Scopes() {}

    public static Set<String> of(JsonWebToken token) {
        return Access.scopesOf(token.getClaim("scope"));
    }

    public static boolean has(JsonWebToken token, String scope) {
        return of(token).contains(scope);
    }

    /** {@link Access#mayWriteReports}: a contributor, or a partner granted {@code reports:write}. */
    public static boolean mayWriteReports(SecurityIdentity identity, JsonWebToken token) {
        return Access.mayWriteReports(identity::hasRole, of(token));
    }
}
