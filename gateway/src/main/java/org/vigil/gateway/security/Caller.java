package org.vigil.gateway.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.vigil.contracts.access.Access;

/**
 * Who is calling, as far as the gateway needs to know: the token's subject, the client it was
 * issued to ({@code azp}) and its OAuth scopes. Roles stay on the {@link SecurityIdentity}.
 */
public record Caller(String subject, String client, Set<String> scopes) {

    /** The authenticated caller of this request; empty for anonymous requests. */
    public static Optional<Caller> of(RoutingContext rc) {
        return rc.user() instanceof QuarkusHttpUser user ? of(user.getSecurityIdentity()) : Optional.empty();
    }

    public static Optional<Caller> of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Set<String> scopes = Access.scopesOf(token.getClaim("scope"));
        Object azp = token.getClaim("azp");
        return Optional.of(new Caller(token.getSubject(), azp == null ? null : azp.toString(), scopes));
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** Rate limits count per person (subject) or, for a token without one, per client. */
    public String rateLimitKey() {
        return subject != null ? "sub:" + subject : "azp:" + client;
    }
}
