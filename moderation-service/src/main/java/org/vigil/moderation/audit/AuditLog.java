package org.vigil.moderation.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The audit log in the database: appends each act in the transaction that performs it, pages
 * through the entries, and verifies the chain. Appending takes a transaction-scoped advisory
 * lock before reading the head, so entries are chained one at a time (see {@link AuditChain}).
 */
@ApplicationScoped
public class AuditLog {

    /** The advisory lock key of the log: "VigilAud" in ASCII. */
    static final long LOCK_KEY = 0x5669_6769_6C41_7564L;

    private static final int VERIFY_PAGE = 500;

    /**
     * Serialises this transaction with every other act, until it commits or rolls back. Use cases
     * call it before reading what they decide on, so that two acts on one claim never interleave;
     * {@link #append} takes it again, which PostgreSQL allows within one transaction.
     */
    public Uni<Void> lock() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("select 1 from pg_advisory_xact_lock(:key)")
                        .setParameter("key", LOCK_KEY)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** Appends {@code act} after the current head. Call inside the act's transaction. */
    public Uni<AuditEntry> append(AuditAct act) {
        return lock().chain(AuditLog::head).chain(head -> {
            AuditEntry entry = AuditChain.append(
                    head == null ? ChainHead.EMPTY : head.entry().asHead(), act);
            return AuditRecord.of(entry).persist().replaceWith(entry);
        });
    }

    private static Uni<AuditRecord> head() {
        return AuditRecord.find("order by sequence desc").firstResult();
    }

    /** Appends several acts in order, after one read of the head: a batch's thousands of acts cost one lock and one query. */
    public Uni<Void> appendAll(List<AuditAct> acts) {
        if (acts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return lock().chain(AuditLog::head).chain(head -> {
            ChainHead last = head == null ? ChainHead.EMPTY : head.entry().asHead();
            List<AuditRecord> records = new ArrayList<>();
            for (AuditAct act : acts) {
                AuditEntry entry = AuditChain.append(last, act);
                records.add(AuditRecord.of(entry));
                last = entry.asHead();
            }
            return AuditRecord.persist(records);
        });
    }

    /** Entries after {@code afterSequence}, oldest first. */
    @WithSession
    public Uni<List<AuditEntry>> page(long afterSequence, int limit) {
        return AuditRecord.<AuditRecord>find("sequence > ?1 order by sequence", afterSequence)
                .range(0, limit - 1)
                .list()
                .map(records -> records.stream().map(AuditRecord::entry).toList());
    }

    /** Walks the whole log, page by page, and reports the first entry that is not what was written. */
    @WithSession
    public Uni<AuditVerification> verify(AuditAnchor anchor) {
        return walk(new ChainVerifier(anchor), 0);
    }

    private Uni<AuditVerification> walk(ChainVerifier verifier, long afterSequence) {
        return AuditRecord.<AuditRecord>find("sequence > ?1 order by sequence", afterSequence)
                .range(0, VERIFY_PAGE - 1)
                .list()
                .chain(records -> {
                    records.forEach(record -> verifier.accept(record.entry()));
                    if (records.size() < VERIFY_PAGE) {
                        return Uni.createFrom().item(verifier.result());
                    }
                    long last = records.get(records.size() - 1).sequence;
                    // a long log must not pile up in the session
                    return Panache.getSession().invoke(Mutiny.Session::clear).chain(() -> walk(verifier, last));
                });
    }
}
