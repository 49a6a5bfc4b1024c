-- Answers to requests sent with an Idempotency-Key (org.vigil.idempotency.IdempotentRequests):
-- here POST /api/v1/webhooks, whose answer carries the signing secret and is stored encrypted
-- (WebhookSecretKey), written in the same transaction as the subscription and replayed for 24 h.
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
