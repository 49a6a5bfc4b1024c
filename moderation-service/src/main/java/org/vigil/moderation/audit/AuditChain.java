package org.vigil.moderation.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The rules of the audit log: an append-only list of entries, each holding the SHA-256 of the one
 * before, so that changing, removing, inserting or reordering any entry breaks the chain at a
 * place the verifier can name.
 *
 * <h2>The hash</h2>
 * {@code hash} is the lower-case hex SHA-256 of these fields, each written as a netstring
 * ({@code <length in UTF-8 bytes, decimal>:<UTF-8 bytes>,}), in this order:
 * <ol>
 *   <li>the format tag {@value #FORMAT_TAG}, so a later format can never be confused with this one;
 *   <li>{@code sequence}, in decimal;
 *   <li>{@code occurredAt} in UTC with exactly six fractional digits, {@code 2026-02-14T12:00:00.000000Z};
 *   <li>{@code actor}, {@code action}, {@code subjectType}, {@code subjectId}, as stored;
 *   <li>{@code details} as {@link CanonicalJson canonical JSON};
 *   <li>{@code previousHash}.
 * </ol>
 * A length prefix on every field makes the serialisation unambiguous: no choice of text in one
 * field can imitate a boundary between two. A missing (null) field, which only a tampered row can
 * have, is written as {@code ~}, which no netstring starts with. The first entry's
 * {@code previousHash} is {@link #GENESIS_HASH}, 64 zeros: the hash of nothing before it.
 *
 * <h2>What the chain cannot show by itself</h2>
 * Everything needed to compute a hash is public, so whoever can write the table can cut entries
 * off the end, or rewrite the newest entries and recompute their hashes, and leave a chain that
 * verifies. Only a copy of a head kept elsewhere catches that: an {@link AuditAnchor}. The service
 * should record its head where an attacker holding the moderation database cannot also reach it,
 * e.g. publish {@code (sequence, hash)} with each batch of integration events so the events
 * service stores it, and let admins keep the heads they have seen, which
 * {@code GET /api/v1/audit/verify} can then be asked to check.
 *
 * <h2>Appending</h2>
 * Entries must be appended one at a time: the {@link AuditSequencer} takes a transaction-scoped
 * lock ({@code pg_advisory_xact_lock}) before reading the head, and {@code sequence} is unique.
 * Sequence numbers come from {@link #append}, never from a database sequence, whose gaps after
 * rollbacks would read as deleted entries. Requests do not append: they record acts, which the
 * sequencer chains after they commit.
 */
public final class AuditChain {

    /** The {@code previousHash} of the first entry. */
    public static final String GENESIS_HASH = "0".repeat(64);

    static final String FORMAT_TAG = "vigil-audit-v1";

    private static final DateTimeFormatter MICROSECONDS_UTC =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditChain() {}

    /** The entry that records {@code act} after {@code head}; use {@link ChainHead#EMPTY} for the first. */
    public static AuditEntry append(ChainHead head, AuditAct act) {
        return append(
                head,
                act.occurredAt(),
                act.actor().wire(),
                act.action().wire(),
                new AuditEntry.Subject(act.subjectType(), act.subjectId()),
                act.details());
    }

    /** The entry that records an act, as its row stores it, after {@code head}. */
    static AuditEntry append(
            ChainHead head,
            Instant occurredAt,
            String actor,
            String action,
            AuditEntry.Subject subject,
            ObjectNode details) {
        AuditEntry unsealed =
                new AuditEntry(head.sequence() + 1, occurredAt, actor, action, subject, details, head.hash(), null);
        return unsealed.withHash(hashOf(unsealed));
    }

    /** The hash {@code entry} should carry, computed from its content; its stored hash is ignored. */
    public static String hashOf(AuditEntry entry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        field(out, FORMAT_TAG);
        field(out, Long.toString(entry.sequence()));
        field(out, entry.occurredAt() == null ? null : MICROSECONDS_UTC.format(entry.occurredAt()));
        field(out, entry.actor());
        field(out, entry.action());
        field(out, entry.subjectType());
        field(out, entry.subjectId());
        field(out, entry.details() == null ? null : CanonicalJson.of(entry.details()));
        field(out, entry.previousHash());
        return HexFormat.of().formatHex(sha256().digest(out.toByteArray()));
    }

    /** Verifies entries given in ascending sequence order, from the first. */
    public static AuditVerification verify(Iterable<AuditEntry> entries) {
        ChainVerifier verifier = new ChainVerifier();
        entries.forEach(verifier::accept);
        return verifier.result();
    }

    /** As {@link #verify(Iterable)}, and checks the log still holds {@code anchor}. */
    public static AuditVerification verify(Iterable<AuditEntry> entries, AuditAnchor anchor) {
        ChainVerifier verifier = new ChainVerifier(anchor);
        entries.forEach(verifier::accept);
        return verifier.result();
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes(new byte[] {'~'});
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
        out.write(',');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
