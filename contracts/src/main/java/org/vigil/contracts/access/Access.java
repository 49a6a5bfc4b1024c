package org.vigil.contracts.access;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The realm roles and OAuth scopes of docs/product.md §6, and the access rules that more than one
 * component enforces, so that the gateway and the services cannot disagree on them.
 */
public final class Access {

    public static final String CONTRIBUTOR = "contributor";
    public static final String MODERATOR = "moderator";
    public static final String ADMIN = "admin";

    public static final String EVENTS_READ = "events:read";
    public static final String REPORTS_WRITE = "reports:write";
    public static final String WEBHOOKS_MANAGE = "webhooks:manage";

    private Access() {}

    /** The scopes of a token's {@code scope} claim (space separated); none when it is absent. */
    public static Set<String> scopesOf(Object scopeClaim) {
        if (scopeClaim == null) {
            return Set.of();
        }
        return Arrays.stream(scopeClaim.toString().split(" "))
                .filter(s -> !s.isBlank())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Who may submit and follow reports and register sources: a person with the contributor role
     * (a moderator too, when they also hold it) or a partner client granted {@code reports:write}.
     * The moderator role alone is not enough: deciding and reporting are separate duties.
     */
    public static boolean mayWriteReports(Predicate<String> hasRole, Set<String> scopes) {
        return hasRole.test(CONTRIBUTOR) || scopes.contains(REPORTS_WRITE);
    }
}
