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
--
-- Dates: start_date/end_date are the EDTF date's first and last day, null at an open end.
-- first_day/last_day are the same with an open end as -infinity/infinity, so "overlaps
-- [from, to]" is the plain first_day <= to and last_day >= from. sort_date orders lists: the
-- first day, or the last when the start is open. An event is "regular" when its date is closed
-- and spans at most 31 days (a day, a month, a short range): almost all of them. For those,
-- overlapping [from, to] implies sort_date between from - 31 and to, a bound an index can use;
-- the few others (open ends, long ranges) are read apart through their own small index.
create table event (
    id            uuid primary key,
    kind          text        not null,
    title         text,
    start_date    date,
    end_date      date,
    sort_date     date        not null,
    first_day     date        not null generated always as (coalesce(start_date, '-infinity'::date)) stored,
    last_day      date        not null generated always as (coalesce(end_date, 'infinity'::date)) stored,
    regular       boolean     not null generated always as (
                      start_date is not null and end_date is not null and end_date - start_date <= 31) stored,
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
-- Every read index is partial on the public events (neither merged away nor retracted) and ends
-- with the list order, so a filtered page is an index range scan that stops after one page.
create index event_listing on event (sort_date desc, id desc) where merged_into is null and retracted_at is null;
create index event_by_country on event (country_code, sort_date desc, id desc) where merged_into is null and retracted_at is null;
create index event_by_kind on event (kind, sort_date desc, id desc) where merged_into is null and retracted_at is null;
create index event_by_city on event (lower(city), sort_date desc, id desc) where merged_into is null and retracted_at is null;
create index event_by_campaign on event (campaign, sort_date desc, id desc) where merged_into is null and retracted_at is null;
create index event_irregular on event (sort_date desc, id desc)
    where merged_into is null and retracted_at is null and not regular;
create index event_irregular_by_country on event (country_code, sort_date desc, id desc)
    where merged_into is null and retracted_at is null and not regular;
create index event_by_position on event using gist (point(lon, lat))
    where merged_into is null and retracted_at is null and lat is not null and lon is not null;
create index event_by_attendance on event (attendance desc, id)
    where merged_into is null and retracted_at is null and attendance is not null;
create index event_search on event using gin (search) where merged_into is null and retracted_at is null;

-- How many public events there are: what stats/counts and stats/summary read, instead of
-- counting a million rows, whenever the filter is no finer than these tables know. Both are
-- kept by the trigger below, in the transaction of every write to event, so they are never
-- stale; rows that fall to zero stay and count nothing.
--
-- event_total: per country, city and kind (a few thousand rows at most): counts and the summary
-- without dates. city_key is the city in lower case ('' for none); city one of its spellings.
create table event_total (
    country_code  text   not null,
    city_key      text   not null,
    kind          text   not null,
    city          text,
    events        bigint not null,
    primary key (country_code, city_key, kind)
);

-- event_tally: per country, kind and date: counts with dates. Dated queries bound first_day
-- for its regular rows as the list does (see event above).
create table event_tally (
    country_code  text    not null,
    kind          text    not null,
    first_day     date    not null,
    last_day      date    not null,
    events        bigint  not null,
    regular       boolean not null generated always as (
                      first_day > '-infinity'::date and last_day < 'infinity'::date and last_day - first_day <= 31) stored,
    primary key (country_code, kind, first_day, last_day)
);
create index event_tally_by_first_day on event_tally (first_day);
create index event_tally_irregular on event_tally (first_day) where not regular;

create function event_tally_follow() returns trigger language plpgsql as $$
declare
    was_public boolean := tg_op <> 'INSERT' and old.merged_into is null and old.retracted_at is null;
    is_public  boolean := tg_op <> 'DELETE' and new.merged_into is null and new.retracted_at is null;
begin
    if was_public and is_public and old.country_code = new.country_code and old.kind = new.kind
            and lower(old.city) is not distinct from lower(new.city)
            and old.first_day = new.first_day and old.last_day = new.last_day then
        return null;
    end if;
    if was_public then
        update event_total set events = events - 1
        where country_code = old.country_code and city_key = coalesce(lower(old.city), '') and kind = old.kind;
        update event_tally set events = events - 1
        where country_code = old.country_code and kind = old.kind
          and first_day = old.first_day and last_day = old.last_day;
    end if;
    if is_public then
        insert into event_total (country_code, city_key, kind, city, events)
        values (new.country_code, coalesce(lower(new.city), ''), new.kind, new.city, 1)
        on conflict (country_code, city_key, kind)
            do update set events = event_total.events + 1, city = least(event_total.city, excluded.city);
        insert into event_tally (country_code, kind, first_day, last_day, events)
        values (new.country_code, new.kind, new.first_day, new.last_day, 1)
        on conflict (country_code, kind, first_day, last_day) do update set events = event_tally.events + 1;
    end if;
    return null;
end;
$$;

create trigger event_tally_follow after insert or update or delete on event
    for each row execute function event_tally_follow();

-- Every change to the public record, in order: the history of each event and the change feed
-- partners sync from. Carries no contributor identity. Writers of the record hold one
-- transaction-scoped advisory lock (PublicRecord.serialise), so positions are committed in
-- increasing order and a reader that has seen position n has seen everything before it.
create table event_change (
    position      bigint generated always as identity primary key,
    event_id      uuid        not null,
    change        text        not null,
    field         text,
    claim_id      uuid,
    decision_ids  text,
    revision      bigint,
    detail        jsonb       not null,
    occurred_at   timestamptz not null
);
create index event_change_by_event on event_change (event_id, position);
