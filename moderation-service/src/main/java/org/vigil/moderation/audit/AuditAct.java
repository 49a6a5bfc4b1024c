package org.vigil.moderation.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An act to be appended to the audit log: who did what to which subject, when, and the details
 * (for a decision: the verdict and the reason). {@link AuditChain#append} gives it its place.
 *
 * <p>{@code occurredAt} is cut to microseconds here, because that is all PostgreSQL's
 * {@code timestamptz} keeps: an entry hashed with nanoseconds would fail verification once read
 * back. {@code details} is copied, so a caller changing its node afterwards changes nothing.
 */
public record AuditAct(
        Instant occurredAt,
        AuditActor actor,
        AuditAction action,
        String subjectType,
        String subjectId,
        ObjectNode details) {

    private static final Pattern SUBJECT_TYPE = Pattern.compile("[a-z][a-z_]{0,31}");
    private static final int MAX_SUBJECT_ID_LENGTH = 255;

    public AuditAct {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(details, "details");
        if (!SUBJECT_TYPE.matcher(subjectType).matches()) {
            throw new IllegalArgumentException(
                    "a subject type is a lower-case word such as claim, report, event, publisher");
        }
        if (subjectId.isBlank() || subjectId.length() > MAX_SUBJECT_ID_LENGTH) {
            throw new IllegalArgumentException("a subject id is 1 to " + MAX_SUBJECT_ID_LENGTH + " characters");
        }
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        details = details.deepCopy();
    }

    /** An act on the claim {@code claimId}. */
    public static AuditAct onClaim(
            Instant occurredAt, AuditActor actor, AuditAction action, UUID claimId, ObjectNode details) {
        return new AuditAct(occurredAt, actor, action, "claim", claimId.toString(), details);
    }

    @Override
    public ObjectNode details() {
        return details.deepCopy();
    }
}
