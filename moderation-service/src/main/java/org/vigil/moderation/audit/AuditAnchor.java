package org.vigil.moderation.audit;

import java.util.Objects;

/**
 * A head of the log recorded outside the log's own table, which the verifier checks the log
 * against. The chain alone cannot tell that entries were cut off its end, nor that its newest
 * entries were rewritten with their hashes recomputed: only a copy of a head kept where the same
 * attacker cannot also rewrite it can (see {@link AuditChain}).
 *
 * <p>A {@linkplain #checkpoint checkpoint} says "entry {@code sequence} had hash {@code hash}"; the
 * log may have grown since. A {@linkplain #head head} says the log ends there: use it only when the
 * anchor is read in the same snapshot as the entries, or an honest append in between reads as
 * tampering.
 */
public record AuditAnchor(long sequence, String hash, boolean isHead) {

    public AuditAnchor {
        Objects.requireNonNull(hash, "hash");
        if (sequence < 0) {
            throw new IllegalArgumentException("a sequence is never negative");
        }
    }

    public static AuditAnchor checkpoint(long sequence, String hash) {
        return new AuditAnchor(sequence, hash, false);
    }

    public static AuditAnchor head(long sequence, String hash) {
        return new AuditAnchor(sequence, hash, true);
    }
}
