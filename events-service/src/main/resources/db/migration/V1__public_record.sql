-- The claims moderators approved, as they arrived: the public record is computed from these
-- and nothing else. A retracted claim stays, marked, so history can show it.
create table approved_claim (
    claim_id          uuid primary key,
    event_id          uuid        not null,
    original_event_id uuid        not null,
    property          text        not null,
    value             jsonb       not null,
    citations         text        not null,
    decision_ids      text        not null,
    approved_at       timestamptz not null,
    retracted_at      timestamptz,
    retraction_reason text
);
create index approved_claim_by_event on approved_claim (event_id) where retracted_at is null;

-- One row per public event: the columns queries filter on, the full public document
-- (record) and the list item (the same without each figure's claims).
create table event (
    id            uuid primary key,
    kind          text        not null,
    title         text,
    start_date    date,
    end_date      date,
    sort_date     date        not null,
    country_code  text        not null,
    city          text,
    lat           double precision,
    lon           double precision,
    campaign      text,
    attendance    bigint,
    record        jsonb       not null,
    item          jsonb       not null,
    search        tsvector    not null,
    published_at  timestamptz not null,
    updated_at    timestamptz not null,
    revision      bigint      not null,
    merged_into   uuid,
    retracted_at  timestamptz
);
create index event_listing on event (sort_date desc, id desc) where merged_into is null and retracted_at is null;
create index event_by_country on event (country_code, sort_date desc, id desc) where merged_into is null and retracted_at is null;
create index event_by_kind on event (kind, sort_date desc, id desc) where merged_into is null and retracted_at is null;
create index event_by_city on event (lower(city), sort_date desc, id desc) where merged_into is null and retracted_at is null;
create index event_by_campaign on event (campaign) where merged_into is null and retracted_at is null;
create index event_search on event using gin (search);

-- Every change to the public record, in order: the history of each event and the change feed
-- partners sync from. Carries no contributor identity.
create table event_change (
    position      bigint generated always as identity primary key,
    event_id      uuid        not null,
    change        text        not null,
    field         text,
    claim_id      uuid,
    decision_ids  text,
    detail        jsonb       not null,
    occurred_at   timestamptz not null
);
create index event_change_by_event on event_change (event_id, position);
