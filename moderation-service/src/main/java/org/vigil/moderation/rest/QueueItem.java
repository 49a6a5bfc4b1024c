package org.vigil.moderation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.ClaimStatus;
import org.vigil.contracts.vocabulary.QuoteCheck;
import org.vigil.contracts.vocabulary.Rating;
import org.vigil.moderation.claims.Citation;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.decisions.SensitivityReason;
import org.vigil.moderation.queue.QueueEntry;

/**
 * A claim as moderators see it (docs/product.md §5 queue item): the submitter only by pseudonym, the
 * moderators who approved its current revision by theirs, each citation with its quote check and
 * its publisher's current rating, and the public events a proposed event may duplicate.
 *
 * <p>Built from the queue's entry rather than field by field: the answer has too many fields for
 * a positional constructor to stay readable.
 */
public final class QueueItem {

    public final UUID id;
    public final UUID reportId;
    public final UUID eventId;
    public final ClaimProperty property;

    @Schema(implementation = ClaimShapes.Value.class)
    public final JsonNode value;

    public final ClaimStatus status;
    public final boolean sensitive;
    public final List<String> sensitivity;
    public final int approvals;
    public final int approvalsRequired;
    public final List<String> approvedBy;
    public final String submitter;
    public final int revision;
    public final Instant submittedAt;
    public final List<CitationView> citations;
    public final List<UUID> possibleDuplicates;
    public final UUID duplicateOf;

    public QueueItem(QueueEntry entry) {
        Claim claim = entry.claim();
        this.id = claim.id;
        this.reportId = claim.reportId;
        this.eventId = claim.eventId;
        this.property = claim.property;
        this.value = claim.value;
        this.status = claim.status;
        this.sensitive = claim.sensitive;
        this.sensitivity = claim.sensitivityReasons().stream()
                .sorted()
                .map(SensitivityReason::wire)
                .toList();
        this.approvals = entry.approvals();
        this.approvalsRequired = entry.approvalsRequired();
        this.approvedBy = entry.approvedBy();
        this.submitter = entry.submitter();
        this.revision = claim.revision;
        this.submittedAt = claim.submittedAt;
        this.citations = entry.citations().stream().map(CitationView::new).toList();
        this.possibleDuplicates = entry.possibleDuplicates();
        this.duplicateOf = claim.duplicateOf;
    }

    /**
     * A citation as moderators weigh it: the source version it is bound to, the one its quote was
     * checked in, and who supplied that version's text (a contributor pseudonym), so a text supplied
     * by someone else than the claim's author stands out. Its stored position stays inside. Named
     * in the API description, since the contributor's view of a citation has the same simple name
     * and which one got the suffix changed from one start to the next.
     */
    @Schema(name = "WeighedCitation")
    public static final class CitationView {

        public final UUID sourceId;
        public final Integer sourceVersion;
        public final String versionSuppliedBy;
        public final String sourceUrl;
        public final String sourceTitle;
        public final String exact;
        public final String prefix;
        public final String suffix;
        public final QuoteCheck quoteCheck;
        public final Integer start;
        public final Integer end;
        public final UUID publisherId;
        public final String publisher;
        public final Rating rating;

        CitationView(Citation citation) {
            this.sourceId = citation.sourceId();
            this.sourceVersion = citation.sourceVersion();
            this.versionSuppliedBy = citation.versionSuppliedBy();
            this.sourceUrl = citation.sourceUrl();
            this.sourceTitle = citation.sourceTitle();
            this.exact = citation.exact();
            this.prefix = citation.prefix();
            this.suffix = citation.suffix();
            this.quoteCheck = citation.quoteCheck();
            this.start = citation.start();
            this.end = citation.end();
            this.publisherId = citation.publisherId();
            this.publisher = citation.publisher();
            this.rating = citation.rating();
        }
    }
}
