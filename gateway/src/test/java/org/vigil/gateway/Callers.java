package org.vigil.gateway;

import java.util.Set;
import java.util.UUID;
import org.vigil.testing.TestIdentityProvider;

/**
 * Bearer tokens for the callers of docs/product.md §1, signed by the test identity provider. Every call makes
 * a new subject, so no test spends another's rate-limit budget.
 */
final class Callers {

    private Callers() {}

    static String person(String... roles) {
        return "Bearer " + idp().userToken("person-" + UUID.randomUUID(), roles);
    }

    static String partner(String... scopes) {
        return "Bearer " + idp().clientToken("partner-" + UUID.randomUUID(), Set.of(scopes));
    }

    /** A caller every rule lets in: for tests about where requests go, not who may send them. */
    static String allowedEverything() {
        return "Bearer "
                + idp().clientToken(
                                "operator-" + UUID.randomUUID(),
                                Set.of("events:read", "reports:write", "webhooks:manage"),
                                "contributor",
                                "moderator",
                                "admin");
    }

    static String expired(String... roles) {
        return "Bearer " + idp().expiredToken("person-" + UUID.randomUUID(), roles);
    }

    static String forAnotherAudience(String... roles) {
        return "Bearer " + idp().tokenForAnotherAudience("person-" + UUID.randomUUID(), roles);
    }

    private static TestIdentityProvider idp() {
        return TestIdentityProvider.start();
    }
}
