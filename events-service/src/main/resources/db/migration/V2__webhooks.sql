-- Partners' webhook subscriptions (SPEC §5, docs/partners.md). owner is the subject of the token
-- that created the subscription: a partner's service account, never a contributor.
-- feed_position is how far into event_change this subscription's deliveries were queued: the
-- fan-out reads past it and advances it in the transaction that inserts the delivery rows, so a
-- change is queued exactly once. The previous secret keeps signing until it expires (rotation).
create table webhook_subscription (
    id                         uuid primary key,
    seq                        bigint generated always as identity unique,
    owner                      text        not null,
    url                        text        not null,
    event_types                text[]      not null,
    secret                     text        not null,
    previous_secret            text,
    previous_secret_expires_at timestamptz,
    feed_position              bigint      not null,
    created_at                 timestamptz not null,
    failing_since              timestamptz,
    disabled_at                timestamptz,
    disabled_reason            text
);
create index webhook_subscription_by_owner on webhook_subscription (owner, seq);

-- The webhook outbox: one row per message to one subscription, sent in seq order per subscription
-- (seq follows the change feed's order, as the fan-out inserts them in it). state: pending,
-- delivered, or failed (given up after the retry schedule). position is null for test pings.
create table webhook_delivery (
    id               uuid primary key,
    seq              bigint generated always as identity unique,
    subscription_id  uuid        not null references webhook_subscription (id) on delete cascade,
    type             text        not null,
    position         bigint,
    body             text        not null,
    created_at       timestamptz not null,
    state            text        not null,
    attempts         int         not null default 0,
    next_attempt_at  timestamptz,
    last_attempt_at  timestamptz,
    last_status_code int,
    last_error       text,
    delivered_at     timestamptz
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where state = 'pending';
create index webhook_delivery_line on webhook_delivery (subscription_id, seq) where state = 'pending';
create index webhook_delivery_by_subscription on webhook_delivery (subscription_id, seq);

-- Every attempt to deliver, for the owner to see what their receiver answered.
create table webhook_attempt (
    delivery_id  uuid        not null references webhook_delivery (id) on delete cascade,
    number       int         not null,
    attempted_at timestamptz not null,
    status_code  int,
    error        text,
    duration_ms  int         not null,
    primary key (delivery_id, number)
);
