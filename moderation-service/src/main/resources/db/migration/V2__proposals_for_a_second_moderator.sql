-- Acts that can harm people or the record's trust take two moderators: one proposes, another
-- confirms, and only the confirmation applies the act. action: retract (an event, by its
-- existence claim), unretract (a retracted claim), merge (subject_id into into_event_id).
-- Subjects are compared, never shown; the pseudonyms are what moderators see of each other.
create table proposal (
    id                   uuid primary key,
    action               text        not null,
    subject_id           uuid        not null,
    into_event_id        uuid,
    reason               text,
    proposer             text        not null,
    proposer_pseudonym   text        not null,
    proposed_at          timestamptz not null,
    confirmer            text,
    confirmer_pseudonym  text,
    confirmed_at         timestamptz,
    version              bigint      not null default 0
);
-- at most one open proposal per act and subject: a second moderator confirms it or nobody acts
create unique index proposal_open on proposal (action, subject_id) where confirmed_at is null;
