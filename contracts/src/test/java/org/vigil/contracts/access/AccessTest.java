package org.vigil.contracts.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessTest {

    @Test
    void a_contributor_may_write_reports_whatever_other_roles_they_hold() {
        assertTrue(Access.mayWriteReports(Set.of("contributor")::contains, Set.of()));
        assertTrue(Access.mayWriteReports(Set.of("moderator", "contributor")::contains, Set.of()));
    }

    @Test
    void a_partner_may_write_reports_with_the_reports_write_scope_only() {
        assertTrue(Access.mayWriteReports(role -> false, Set.of("reports:write")));
        assertFalse(Access.mayWriteReports(role -> false, Set.of("events:read")));
    }

    @Test
    void the_moderator_role_alone_does_not_write_reports() {
        assertFalse(Access.mayWriteReports(Set.of("moderator")::contains, Set.of()));
    }

    @Test
    void scopes_are_read_from_the_space_separated_claim() {
        assertEquals(Set.of("events:read", "reports:write"), Access.scopesOf(" events:read  reports:write "));
        assertEquals(Set.of(), Access.scopesOf(null));
    }
}
