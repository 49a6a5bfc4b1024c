package org.vigil.moderation.reports;

import java.util.List;
import java.util.UUID;

/** A report as its author submits it: about the existing event {@code eventId}, or proposing one (null). */
public record NewReport(String note, UUID eventId, List<ClaimDraft> claims) {}
