package org.vigil.moderation.reports;

import java.util.List;
import org.vigil.contracts.events.ReportSubmitted;
import org.vigil.moderation.audit.AuditAct;
import org.vigil.moderation.claims.ClaimRevision;

/** A report that passed its checks, with everything accepting it writes, not written yet. */
record PreparedReport(
        SubmittedReport submitted, List<ClaimRevision> revisions, List<AuditAct> acts, ReportSubmitted announcement) {}
