package org.vigil.moderation.audit;

import java.util.Arrays;
import java.util.Optional;

/** What was done, as recorded in the audit log. Past tense: an entry records a fact. */
public enum AuditAction {
    /** A contributor or partner submitted a report; one entry per claim. */
    SUBMITTED("submitted"),
    /** The author corrected a pending claim or answered a change request. */
    REVISED("revised"),
    /** The author withdrew a claim that was still open. */
    WITHDRAWN("withdrawn"),
    /** A moderator approved, rejected or asked for changes; details say which and why. */
    DECIDED("decided"),
    /** A moderator raised a claim to four eyes. */
    MARKED_SENSITIVE("marked_sensitive"),
    /** A newer approved claim replaced this one for a single-valued property. */
    SUPERSEDED("superseded"),
    /** The claim that superseded this one was retracted: it stands again in the public record. */
    REINSTATED("reinstated"),
    /** A moderator withdrew an approved claim from the public record, with a reason. */
    RETRACTED("retracted"),
    /**
     * A moderator proposed an act that takes effect only when a second moderator confirms it
     * (retracting an event, undoing a retraction, merging events); the act's own entry follows.
     */
    PROPOSED("proposed"),
    /** A second moderator confirmed a retraction: the claim is back in the public record. */
    UNRETRACTED("unretracted"),
    /** A moderator merged a duplicate event into another. */
    MERGED("merged"),
    /**
     * An admin changed a publisher's reliability rating. The act happens in the sources service;
     * this log records the rating as moderation received it ({@code PublisherRated}), as a system act.
     */
    RATED("rated");

    private final String wire;

    AuditAction(String wire) {
        this.wire = wire;
    }

    /** The word stored in the entry and covered by its hash. */
    public String wire() {
        return wire;
    }

    public static Optional<AuditAction> fromWire(String wire) {
        return Arrays.stream(values()).filter(v -> v.wire.equals(wire)).findFirst();
    }

    @Override
    public String toString() {
        return wire;
    }
}
