package org.vigil.web.workspace;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * What the signed-in person may do, for the navigation of the workspace pages: roles only, never a
 * name (no page shows an account name).
 */
public record Who(boolean contributor, boolean moderator, boolean admin) {

    public static Who of(SecurityIdentity identity) {
        return new Who(identity.hasRole("contributor"), identity.hasRole("moderator"), identity.hasRole("admin"));
    }
}
