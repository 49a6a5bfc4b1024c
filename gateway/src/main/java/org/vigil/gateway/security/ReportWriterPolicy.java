package org.vigil.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.function.Predicate;
import org.vigil.contracts.access.Access;

/** Submitting reports and registering sources: the services' own rule, {@link Access#mayWriteReports}. */
@ApplicationScoped
public class ReportWriterPolicy extends RoleOrScopePolicy {

    public ReportWriterPolicy() {
        super("report-writer", Set.of(Access.CONTRIBUTOR), Access.REPORTS_WRITE);
    }

    @Override
    protected boolean admits(Predicate<String> hasRole, Set<String> scopes) {
        return Access.mayWriteReports(hasRole, scopes);
    }
}
