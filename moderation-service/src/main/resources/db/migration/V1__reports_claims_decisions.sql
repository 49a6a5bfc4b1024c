-- A contributor's report: a note and the claims it makes about one event. The submitter's
-- OIDC subject never leaves this service; moderators see only the pseudonym.
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
create index report_by_submitter on report (submitter, submitted_at desc, id);

-- One atomic assertion about an event. Citations are values of the claim (a JSON array): they
-- carry their quote and, once the evidence store answered, the quote check and publisher rating.
create table claim (
    id             uuid primary key,
    report_id      uuid        not null references report (id),
    event_id       uuid        not null,
    property       text        not null,
    value          jsonb       not null,
    citations      text        not null,
    status         text        not null,
    sensitive      boolean     not null,
    kind           text,
    country_code   text,
    submitter      text        not null,
    submitted_at   timestamptz not null,
    updated_at     timestamptz not null,
    revision       integer     not null default 1,
    version        bigint      not null default 0
);
create index claim_queue on claim (status, submitted_at, id);
create index claim_by_report on claim (report_id);
create index claim_by_event on claim (event_id);

-- Every act of a moderator on a claim, never updated or deleted.
create table decision (
    id                  uuid primary key,
    claim_id            uuid        not null references claim (id),
    revision            integer     not null,
    moderator           text        not null,
    moderator_pseudonym text        not null,
    decision            text        not null,
    reason              text,
    decided_at          timestamptz not null
);
create index decision_by_claim on decision (claim_id, decided_at);
