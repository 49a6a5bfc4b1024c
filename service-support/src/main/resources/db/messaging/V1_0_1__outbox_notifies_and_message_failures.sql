-- The relay wakes on commit: every statement that adds outbox rows notifies the channel
-- outbox_message, and PostgreSQL delivers a notification only when (and if) the transaction
-- commits. Identical notifications of one transaction are folded into one.
create function outbox_message_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_message', '');
    return null;
end
$$;

create trigger outbox_message_committed after insert on outbox_message
    for each statement execute function outbox_message_notify();

-- The last failure of each incoming message this service could not apply, so that an operator
-- reading the dead-letter address sees why a message ended there (./vigil dead-letters).
-- Written outside the failed transaction; kept 30 days.
create table message_failure (
    message_id       text        primary key,
    type             text,
    address          text,
    attempts         integer     not null,
    last_error       text        not null,
    first_failed_at  timestamptz not null,
    last_failed_at   timestamptz not null
);

create index message_failure_last_failed on message_failure (last_failed_at);
