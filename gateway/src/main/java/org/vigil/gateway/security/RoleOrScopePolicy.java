package org.vigil.gateway.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import java.util.function.Predicate;
import org.vigil.contracts.access.Access;

/**
 * A named HTTP security policy that lets in a person with one of some realm roles or a client
 * whose token carries an OAuth scope: the "contributor, partner" rows of docs/product.md §5. The paths it guards
 * are in {@code quarkus.http.auth.permission.*}.
 */
abstract class RoleOrScopePolicy implements HttpSecurityPolicy {

    private final String name;
    private final Set<String> roles;
    private final String scope;

    RoleOrScopePolicy(String name, Set<String> roles, String scope) {
        this.name = name;
        this.roles = roles;
        this.scope = scope;
    }

    @Override
    public Uni<CheckResult> checkPermission(
            RoutingContext request, Uni<SecurityIdentity> identity, AuthorizationRequestContext requestContext) {
        return identity.map(id -> permits(id) ? CheckResult.PERMIT : CheckResult.DENY);
    }

    boolean permits(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return false;
        }
        return admits(identity::hasRole, Caller.of(identity).map(Caller::scopes).orElse(Set.of()));
    }

    /** One of the roles, or the scope; a policy with a shared rule ({@link Access}) says its own. */
    protected boolean admits(Predicate<String> hasRole, Set<String> scopes) {
        return roles.stream().anyMatch(hasRole) || scopes.contains(scope);
    }

    @Override
    public String name() {
        return name;
    }
}
