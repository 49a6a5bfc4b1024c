-- The transactional outbox: integration events written in the same transaction as the change
-- they announce, relayed to the broker afterwards and marked only once the broker took them.
create table outbox_message (
    id               uuid primary key,
    type             text        not null,
    address          text        not null,
    aggregate_type   text        not null,
    aggregate_id     text        not null,
    occurred_at      timestamptz not null,
    body             text        not null,
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null default now(),
    sent_at          timestamptz,
    last_error       text
);

create index outbox_message_due on outbox_message (next_attempt_at, occurred_at) where sent_at is null;
create index outbox_message_sent on outbox_message (sent_at) where sent_at is not null;

-- The inbox: ids of the messages whose effect is committed, recorded in the same transaction
-- as that effect, so a redelivered message is recognised and applied once.
create table inbox_message (
    message_id    uuid primary key,
    type          text        not null,
    processed_at  timestamptz not null
);
