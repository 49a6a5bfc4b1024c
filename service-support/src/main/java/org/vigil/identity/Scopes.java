package org.vigil.identity;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The OAuth2 scopes a partner's token was granted ({@code scope}, space separated). */
public final class Scopes {

    public static final String EVENTS_READ = "events:read";
    public static final String REPORTS_WRITE = "reports:write";
    public static final String WEBHOOKS_MANAGE = "webhooks:manage";

    private Scopes() {}

    public static Set<String> of(JsonWebToken token) {
        Object scope = token.getClaim("scope");
        if (scope == null) {
            return Set.of();
        }
        return Arrays.stream(scope.toString().split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }

    public static boolean has(JsonWebToken token, String scope) {
        return of(token).contains(scope);
    }
}
