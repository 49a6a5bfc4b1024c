-- A contributor's report: a note and the claims it makes about one event. The submitter's
-- OIDC subject never leaves this service; moderators see only the pseudonym.
-- event_id is the event the report is about: reserved at submission for a proposed event, and
-- moved to the surviving event when the proposal is approved as a duplicate or merged.
create table report (
    id                  uuid primary key,
    event_id            uuid        not null,
    proposes_event      boolean     not null,
    submitter           text        not null,
    submitter_pseudonym text        not null,
    note                text,
    submitted_at        timestamptz not null,
    withdrawn_at        timestamptz
);
create index report_by_submitter on report (submitter, submitted_at desc, id desc);
create index report_by_event on report (event_id);

-- One atomic assertion about an event, in its current revision. Citations are values of the
-- claim (a JSON array): they carry their quote and, once the evidence store answered, the quote
-- check and publisher rating. approved_at is when the claim took effect (the public record's
-- "newest wins" order); published_at when ClaimApproved was written to the outbox (null while a
-- claim about a proposed event waits for the event to be approved, and for a claim approved as
-- a duplicate, which adds nothing to the public record).
create table claim (
    id             uuid primary key,
    report_id      uuid        not null references report (id),
    position       integer     not null,
    event_id       uuid        not null,
    property       text        not null,
    value          jsonb       not null,
    citations      text        not null,
    status         text        not null,
    sensitive      boolean     not null,
    sensitivity    text        not null default '',
    kind           text,
    country_code   text,
    submitter      text        not null,
    submitted_at   timestamptz not null,
    updated_at     timestamptz not null,
    revision       integer     not null default 1,
    approved_at    timestamptz,
    published_at   timestamptz,
    duplicate_of   uuid,
    version        bigint      not null default 0
);
create index claim_queue on claim (status, submitted_at, id);
create unique index claim_by_report on claim (report_id, position);
create index claim_by_event on claim (event_id, property, status);

-- Every revision of every claim as its author wrote it; the claim row holds the newest.
create table claim_revision (
    claim_id      uuid        not null references claim (id),
    revision      integer     not null,
    value         jsonb       not null,
    citations     text        not null,
    sensitive     boolean     not null,
    submitted_at  timestamptz not null,
    primary key (claim_id, revision)
);

-- Every act of a moderator on a claim, never updated or deleted. duplicate_of: the existing
-- event an approval took a proposed event to be.
create table decision (
    id                  uuid primary key,
    claim_id            uuid        not null references claim (id),
    revision            integer     not null,
    moderator           text        not null,
    moderator_pseudonym text        not null,
    decision            text        not null,
    reason              text,
    duplicate_of        uuid,
    decided_at          timestamptz not null
);
create index decision_by_claim on decision (claim_id, decided_at);

-- A moderator found two public events to be one. The id is the decision id EventsMerged carries.
create table event_merge (
    id                 uuid primary key,
    merged_event_id    uuid        not null unique,
    survivor_event_id  uuid        not null,
    moderator          text        not null,
    reason             text        not null,
    merged_at          timestamptz not null
);

-- What this service knows of the public record, from EventPublished: enough to show moderators
-- likely duplicates. Never read from the events service's tables.
create table public_event (
    event_id      uuid primary key,
    version       bigint      not null,
    kind          text        not null,
    title         text,
    start_date    date,
    end_date      date,
    country_code  text,
    city          text,
    lat           double precision,
    lon           double precision,
    retracted     boolean     not null,
    received_at   timestamptz not null
);
create index public_event_by_kind on public_event (kind, start_date, end_date) where not retracted;

-- Publishers' current ratings, from PublisherRated; shown beside every citation of theirs.
create table publisher_rating (
    publisher_id  uuid primary key,
    name          text,
    rating        text        not null,
    rated_at      timestamptz not null
);

-- The hash-chained audit log (see AuditChain): appended one entry at a time under
-- pg_advisory_xact_lock, in the same transaction as the act it records.
create table audit_entry (
    sequence       bigint      primary key,
    occurred_at    timestamptz not null,
    actor          text        not null,
    action         text        not null,
    subject_type   text        not null,
    subject_id     text        not null,
    details        jsonb       not null,
    previous_hash  text        not null,
    hash           text        not null
);

-- Append-only: the service's own role cannot change or remove an entry. Someone with owner
-- rights can disable this trigger; the hash chain is what shows that they did.
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
