package org.vigil.moderation.audit;

/**
 * Walks the log entry by entry, in ascending sequence order, and finds the first place where it
 * is not what was written. Feed it page by page ({@link #accept}) so a long log never has to sit
 * in memory, then read {@link #result()}. One verifier per walk.
 *
 * <p>Entry n is intact when it sits at position n, its content hashes to its stored hash, and its
 * {@code previousHash} is the stored hash of entry n-1 (the genesis hash for entry 1). The
 * verifier names the lowest sequence number that fails, reading each kind of tampering back to the
 * entry that was touched:
 * <ul>
 *   <li>a field edited: that entry no longer matches its hash;
 *   <li>an entry deleted: the sequence jumps, and the missing number is named; if the later
 *       entries were renumbered to hide the gap, the first renumbered one no longer matches;
 *   <li>entries reordered (sequence numbers swapped): the first moved entry no longer matches;
 *   <li>an entry inserted: it either does not match its hash, or, when its hash was forged
 *       properly, the entry after it still links past it to the one before, and it is named;
 *   <li>an entry rewritten with its hash recomputed: the next entry still links to the old hash,
 *       and the rewritten entry is named (the same break would appear if someone re-pointed the
 *       next entry and recomputed its hash instead; either way the named entry is the first whose
 *       content nothing vouches for).
 * </ul>
 * The newest entry is vouched for by nothing after it: cutting entries off the end, or rewriting
 * the last ones with recomputed hashes, shows only against an {@link AuditAnchor}. When a log was
 * tampered with in several places, the verifier names the first place it can prove.
 */
public final class ChainVerifier {

    private final AuditAnchor anchor;

    private long entries;
    private String lastHash = AuditChain.GENESIS_HASH;
    /** The stored hash of the entry before the last; null while fewer than one entry was read. */
    private String hashBeforeLast;

    private String anchoredHashFound;

    private Long firstBadEntry;
    private String problem;

    public ChainVerifier() {
        this(null);
    }

    /** A verifier that also checks the log against {@code anchor}; null for none. */
    public ChainVerifier(AuditAnchor anchor) {
        this.anchor = anchor;
    }

    /** The next entry in ascending sequence order. */
    public void accept(AuditEntry entry) {
        long position = entries + 1;
        if (problem == null) {
            check(position, entry);
        }
        if (anchor != null && position == anchor.sequence()) {
            anchoredHashFound = entry.hash();
        }
        entries = position;
        hashBeforeLast = lastHash;
        lastHash = entry.hash();
    }

    public AuditVerification result() {
        if (problem != null) {
            return AuditVerification.broken(entries, lastHash, firstBadEntry, problem);
        }
        if (anchor != null) {
            AuditVerification againstAnchor = checkAnchor();
            if (againstAnchor != null) {
                return againstAnchor;
            }
        }
        return AuditVerification.intact(entries, lastHash);
    }

    private void check(long n, AuditEntry entry) {
        if (entry.sequence() != n) {
            outOfPlace(n, entry.sequence());
            return;
        }
        boolean matchesItsHash = AuditChain.hashOf(entry).equals(entry.hash());
        boolean linksToPrevious = lastHash.equals(entry.previousHash());
        if (matchesItsHash && linksToPrevious) {
            return;
        }
        if (linksToPrevious) {
            fail(n, "entry " + n + " was altered: its content no longer matches its hash");
        } else if (matchesItsHash && n == 1) {
            fail(1, "entry 1 was rewritten: it does not start from the genesis hash");
        } else if (matchesItsHash) {
            fail(
                    n - 1,
                    "entry " + (n - 1) + " was rewritten: its hash was recomputed, but entry " + n
                            + " still links to the hash it had before");
        } else if (hashBeforeLast != null && hashBeforeLast.equals(entry.previousHash())) {
            fail(
                    n - 1,
                    "entry " + (n - 1) + " was inserted: entry " + n + " links past it to "
                            + (n == 2 ? "the genesis hash" : "entry " + (n - 2)));
        } else {
            fail(
                    n,
                    "entry " + n + " was altered: its content no longer matches its hash and it does not link to "
                            + (n == 1 ? "the genesis hash" : "entry " + (n - 1)));
        }
    }

    private void outOfPlace(long expected, long found) {
        if (found == expected + 1) {
            fail(expected, "entry " + expected + " is missing: entry " + found + " follows entry " + (expected - 1));
        } else if (found > expected) {
            fail(
                    expected,
                    "entries " + expected + " to " + (found - 1) + " are missing: entry " + found + " follows entry "
                            + (expected - 1));
        } else {
            fail(
                    Math.max(found, 1),
                    "an entry numbered " + found + " stands where entry " + expected
                            + " belongs: a duplicate sequence number or an entry out of order");
        }
    }

    private AuditVerification checkAnchor() {
        long anchored = anchor.sequence();
        if (anchored == 0) {
            // An anchor taken of the empty log: it holds the genesis hash and anything may follow.
            return anchor.isHead() && entries > 0
                    ? AuditVerification.broken(
                            entries, lastHash, 1, "the anchored head is the empty log, but entries follow it")
                    : null;
        }
        if (entries < anchored) {
            return AuditVerification.broken(
                    entries,
                    lastHash,
                    entries + 1,
                    "the log ends at entry " + entries
                            + " but entry " + anchored + " was anchored: entries " + (entries + 1) + " to " + anchored
                            + " were removed");
        }
        if (!anchor.hash().equals(anchoredHashFound)) {
            return AuditVerification.broken(
                    entries,
                    lastHash,
                    anchored,
                    "entry " + anchored
                            + " no longer has its anchored hash: the log up to entry " + anchored
                            + " was rewritten and its hashes recomputed");
        }
        if (anchor.isHead() && entries > anchored) {
            return AuditVerification.broken(
                    entries,
                    lastHash,
                    anchored + 1,
                    "entry " + (anchored + 1) + " follows the anchored head " + anchored
                            + ": it was added outside the service");
        }
        return null;
    }

    private void fail(long entry, String why) {
        firstBadEntry = entry;
        problem = why;
    }
}
