-- Held reads of the change feed (GET /api/v1/changes?wait=…) answer as soon as a change commits:
-- every statement that adds changes notifies the channel event_change, which PostgreSQL delivers
-- to every listening replica only when (and if) the transaction commits; identical notifications
-- of one transaction are folded into one. The held reads then read the feed as any request does.
create function event_change_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('event_change', '');
    return null;
end
$$;

create trigger event_change_committed after insert on event_change
    for each statement execute function event_change_notify();
