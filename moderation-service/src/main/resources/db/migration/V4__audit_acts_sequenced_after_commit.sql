-- Acts are recorded without the log's lock and chained after they commit (AuditSequencer).
-- A request's transaction inserts its acts here: no head is read and no global lock taken, so
-- submissions no longer queue behind each other. The sequencer, the only writer of audit_entry
-- from now on, appends committed acts to the hash chain in the order it finds them; an entry
-- names the act it records (act_id), and verification checks that every act older than a bound
-- is chained exactly once, with the same content.
--
-- Ids come from a sequence in blocks of 50 (Hibernate's pooled generator, so a batch's acts are
-- inserted in a few statements): they only tie-break. A lower id may commit later and is then
-- chained later; the entry's sequence is the log's order, as in a transparency log.
create sequence audit_act_id_seq increment by 50;

create table audit_act (
    id             bigint      primary key default nextval('audit_act_id_seq'),
    occurred_at    timestamptz not null,
    actor          text        not null,
    action         text        not null,
    subject_type   text        not null,
    subject_id     text        not null,
    details        jsonb       not null,
    -- when the act's row was written (its transaction's start): how long it has waited for the chain
    recorded_at    timestamptz not null default now()
);

alter sequence audit_act_id_seq owned by audit_act.id;

-- Append-only, as the log itself.
create trigger audit_act_append_only
    before update or delete on audit_act
    for each row execute function audit_entry_append_only();
create trigger audit_act_no_truncate
    before truncate on audit_act
    for each statement execute function audit_entry_append_only();

-- The acts the sequencer has yet to chain: its work queue, so it never scans the whole act table.
-- Filled by the trigger below, emptied by the sequencer in the transaction that chains them.
-- Verification does not trust it: it looks for unchained acts in audit_act itself.
create table audit_act_pending (
    act_id  bigint primary key references audit_act (id)
);

-- Every statement that records acts queues them and wakes the sequencers: PostgreSQL delivers the
-- notification only when (and if) the transaction commits, folded into one per transaction.
create function audit_act_recorded() returns trigger language plpgsql as $$
begin
    insert into audit_act_pending (act_id) select id from recorded;
    perform pg_notify('audit_act', '');
    return null;
end
$$;

create trigger audit_act_recorded after insert on audit_act
    referencing new table as recorded
    for each statement execute function audit_act_recorded();

-- Entries appended from now on name their act; entries from before have none. An act is chained
-- at most once.
alter table audit_entry add column act_id bigint references audit_act (id);
create unique index audit_entry_act on audit_entry (act_id);
