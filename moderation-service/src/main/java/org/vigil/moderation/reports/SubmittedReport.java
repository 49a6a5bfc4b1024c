package org.vigil.moderation.reports;

import java.util.List;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.claims.Report;

/** A report just accepted, with its claims in the order submitted. */
public record SubmittedReport(Report report, List<Claim> claims) {}
