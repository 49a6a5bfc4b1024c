package org.vigil.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Submitting reports and registering sources: a contributor, or a partner with {@code reports:write}. */
@ApplicationScoped
public class ReportWriterPolicy extends RoleOrScopePolicy {

    public ReportWriterPolicy() {
        super("report-writer", Set.of("contributor"), "reports:write");
    }
}
