-- Answers to requests sent with an Idempotency-Key (org.vigil.idempotency.IdempotentRequests),
-- written in the same transaction as the request's effect and replayed to its retries for 24 h.
-- V3 because V2 belongs to the source-versions and four-eyes changes written alongside.
create table idempotent_request (
    -- SHA-256 of endpoint, caller and key together: neither the caller nor the key is kept
    digest       text        primary key,
    -- SHA-256 of the request as read: the same key with another request is refused
    fingerprint  text        not null,
    -- the first answer; set before the transaction commits, so a committed row always has one
    status       integer,
    body         text,
    location     text,
    created_at   timestamptz not null,
    expires_at   timestamptz not null
);

create index idempotent_request_expiry on idempotent_request (expires_at);
