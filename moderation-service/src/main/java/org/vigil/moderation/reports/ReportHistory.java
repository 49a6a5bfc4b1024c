package org.vigil.moderation.reports;

import java.util.List;
import java.util.Set;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.claims.Decision;
import org.vigil.moderation.claims.Report;

/**
 * A report as its author follows it: its claims, and the moderators' decisions on them, of which
 * the author is owed the reasons.
 */
public record ReportHistory(Report report, List<Claim> claims, List<Decision> decisions) {

    /** Reasons the author is owed; approvals need none. */
    private static final Set<String> EXPLAINED = Set.of("reject", "request_changes", Decision.RETRACT);

    /** {@code pending} while any claim is open, {@code withdrawn} once withdrawn, else {@code decided}. */
    public String status() {
        boolean open = claims.stream().anyMatch(c -> c.lifecycle(List.of()).isOpen());
        return open ? "pending" : report.withdrawnAt != null ? "withdrawn" : "decided";
    }

    /** The decisions on {@code claim} that explain themselves to its author, oldest first. */
    public List<Decision> feedbackOn(Claim claim) {
        return decisions.stream()
                .filter(d -> d.claimId.equals(claim.id) && EXPLAINED.contains(d.decision))
                .toList();
    }
}
