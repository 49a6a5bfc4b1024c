package org.vigil.moderation.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The audit log in the database. A use case records its acts in its own transaction
 * ({@link #append}, {@link #appendAll}): they are durable exactly when the act is, and no lock is
 * taken and no head read, so requests never queue behind each other for the log. The
 * {@link AuditSequencer} chains them once committed, usually within milliseconds. Admins page
 * through the chain and verify it, with the acts still waiting for it.
 *
 * <p>Acts on the claims of one event must still never interleave (a decision read and decided
 * while another lands, two approvals settling one property): use cases take the lock of the
 * events they act on ({@link #lockClaim}, {@link #lockEvents}, {@link #lockClaimsOfReport}) before
 * reading what they decide on. Those locks are per event, not global: acts on different events
 * run side by side.
 */
@ApplicationScoped
public class AuditLog {

    /** The advisory lock key of the chain, held by whoever appends to it: "VigilAud" in ASCII. */
    static final long LOCK_KEY = 0x5669_6769_6C41_7564L;

    /**
     * The first key of the events' locks, {@code pg_advisory_xact_lock(EVENT_LOCKS, hashtext(id))}:
     * "Evnt". Two-key advisory locks are a key space apart from {@link #LOCK_KEY}'s.
     */
    static final int EVENT_LOCKS = 0x45766E74;

    private static final int VERIFY_PAGE = 500;

    /** The first entry that does not record its act as committed: content differs, or the act is gone. */
    private static final String ENTRY_UNLIKE_ITS_ACT = """
            select e.sequence, e.act_id, a.id is null as act_gone
            from audit_entry e left join audit_act a on a.id = e.act_id
            where e.act_id is not null
              and (a.id is null
                   or (e.occurred_at, e.actor, e.action, e.subject_type, e.subject_id, e.details)
                      is distinct from (a.occurred_at, a.actor, a.action, a.subject_type, a.subject_id, a.details))
            order by e.sequence limit 1""";

    /** Entries without an act after the first with one: only entries from before the sequencer may lack it. */
    private static final String ENTRY_WITHOUT_ACT = """
            select min(e.sequence) as sequence from audit_entry e
            where e.act_id is null and e.sequence > (select min(sequence) from audit_entry where act_id is not null)""";

    /** Committed acts not in the chain, read from the acts themselves (the pending queue is only a work list). */
    private static final String UNCHAINED_ACTS = """
            select count(*) as acts, min(a.recorded_at) as oldest,
                   min(a.id) filter (where a.recorded_at < now() - make_interval(secs => $1)) as overdue,
                   min(a.recorded_at) filter (where a.recorded_at < now() - make_interval(secs => $1)) as overdue_since
            from audit_act a where not exists (select 1 from audit_entry e where e.act_id = a.id)""";

    private final Pool pool;
    private final Duration sequencingBound;

    public AuditLog(
            Pool pool, @ConfigProperty(name = "vigil.audit.sequencing-bound", defaultValue = "60s") Duration bound) {
        this.pool = pool;
        this.sequencingBound = bound;
    }

    /** Records {@code act}, to be chained once its transaction commits. Call inside the act's transaction. */
    public Uni<Void> append(AuditAct act) {
        return RecordedAct.of(act).persist().replaceWithVoid();
    }

    /** Records several acts, chained in this order; a batch's thousands of acts go in a few statements. */
    public Uni<Void> appendAll(List<AuditAct> acts) {
        if (acts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return RecordedAct.persist(acts.stream().map(RecordedAct::of));
    }

    /**
     * Serialises this transaction with every other act on the claims of the event {@code claimId}
     * belongs to (and of {@code events}), until it commits or rolls back. Call before reading the claim.
     */
    public Uni<Void> lockClaim(UUID claimId, UUID... events) {
        Set<UUID> also = Arrays.stream(events).filter(Objects::nonNull).collect(Collectors.toSet());
        return lockFollowing("select event_id from claim where id = ?1", claimId, also);
    }

    /** As {@link #lockClaim}, for every claim of the report {@code reportId}. */
    public Uni<Void> lockClaimsOfReport(UUID reportId) {
        return lockFollowing("select event_id from claim where report_id = ?1", reportId, Set.of());
    }

    /** Serialises this transaction with every other act on the claims of these events. */
    public Uni<Void> lockEvents(UUID... events) {
        return lockAll(new TreeSet<>(Arrays.asList(events)), new TreeSet<>());
    }

    /**
     * Locks the events the claims found by {@code query} belong to, then reads them again: a merge
     * that moved a claim while this transaction waited for its old event's lock has committed by
     * then, and the claim's new event is locked too, until nothing moves.
     */
    private Uni<Void> lockFollowing(String query, UUID parameter, Set<UUID> alsoEvents) {
        TreeSet<UUID> held = new TreeSet<>();
        return eventsOf(query, parameter)
                .chain(events -> {
                    events.addAll(alsoEvents);
                    return lockAll(events, held);
                })
                .chain(() -> recheck(query, parameter, held));
    }

    private Uni<Void> recheck(String query, UUID parameter, TreeSet<UUID> held) {
        return eventsOf(query, parameter)
                .chain(events -> held.containsAll(events)
                        ? Uni.createFrom().voidItem()
                        : lockAll(events, held).chain(() -> recheck(query, parameter, held)));
    }

    private static Uni<TreeSet<UUID>> eventsOf(String query, UUID parameter) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(query, UUID.class)
                        .setParameter(1, parameter)
                        .getResultList())
                .map(TreeSet::new);
    }

    /** Takes the locks of {@code events} not held yet, in one order for every transaction, so two never deadlock. */
    private Uni<Void> lockAll(TreeSet<UUID> events, TreeSet<UUID> held) {
        Uni<Void> locked = Uni.createFrom().voidItem();
        for (UUID event : events) {
            if (held.add(event)) {
                locked = locked.chain(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(
                                        "select 1 from pg_advisory_xact_lock(?1, hashtext(cast(?2 as text)))")
                                .setParameter(1, EVENT_LOCKS)
                                .setParameter(2, event.toString())
                                .getSingleResult())
                        .replaceWithVoid());
            }
        }
        return locked;
    }

    /** Entries after {@code afterSequence}, oldest first. */
    @WithSession
    public Uni<List<AuditEntry>> page(long afterSequence, int limit) {
        return AuditRecord.<AuditRecord>find("sequence > ?1 order by sequence", afterSequence)
                .range(0, limit - 1)
                .list()
                .map(records -> records.stream().map(AuditRecord::entry).toList());
    }

    /**
     * Walks the whole chain page by page and reports the first entry that is not what was written;
     * then checks that every entry records its act as committed, and that no act has waited for
     * the chain longer than the sequencing bound (an act left out is as bad as an entry removed).
     */
    @WithSession
    public Uni<AuditVerification> verify(AuditAnchor anchor) {
        return walk(new ChainVerifier(anchor), 0).chain(this::checkActs);
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

    private Uni<AuditVerification> checkActs(AuditVerification chain) {
        Uni<Row> unlike = pool.query(ENTRY_UNLIKE_ITS_ACT).execute().map(AuditLog::firstOrNull);
        Uni<Row> withoutAct = pool.query(ENTRY_WITHOUT_ACT).execute().map(AuditLog::firstOrNull);
        Uni<Row> unchained = pool.preparedQuery(UNCHAINED_ACTS)
                .execute(Tuple.of((double) sequencingBound.toMillis() / 1000.0))
                .map(AuditLog::firstOrNull);
        return Uni.combine().all().unis(unlike, withoutAct, unchained).with((entry, bare, waiting) -> {
            AuditVerification result = chain;
            if (entry != null) {
                long sequence = entry.getLong("sequence");
                long act = entry.getLong("act_id");
                result = result.or(
                        sequence,
                        entry.getBoolean("act_gone")
                                ? "entry " + sequence + " records act " + act + ", which is no longer among the acts"
                                : "entry " + sequence + " does not record act " + act + " as it was committed");
            }
            Long unsequenced = bare.getLong("sequence");
            if (unsequenced != null) {
                result = result.or(
                        unsequenced,
                        "entry " + unsequenced + " records no act, though the entries before it were chained from acts:"
                                + " it was added outside the sequencer");
            }
            Long overdue = waiting.getLong("overdue");
            if (overdue != null) {
                result = result.or(
                        result.entries() + 1,
                        "act " + overdue + ", recorded at " + instant(waiting.getOffsetDateTime("overdue_since"))
                                + ", is not in the log after " + sequencingBound.toSeconds()
                                + " s: it was left out, or the sequencer is not running");
            }
            return result.awaiting(waiting.getLong("acts"), instant(waiting.getOffsetDateTime("oldest")));
        });
    }

    private static Row firstOrNull(RowSet<Row> rows) {
        return rows.iterator().hasNext() ? rows.iterator().next() : null;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
