package org.vigil.moderation.rest;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The OAuth2 scopes a partner's token was granted ({@code scope}, space separated). */
final class Scopes {

    private Scopes() {}

    static Set<String> of(JsonWebToken token) {
        Object scope = token.getClaim("scope");
        if (scope == null) {
            return Set.of();
        }
        return Arrays.stream(scope.toString().split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }
}
