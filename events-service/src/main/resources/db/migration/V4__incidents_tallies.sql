-- Issue 13: incidents with no place on a map, and tallies that are not events.

-- An online or transnational incident has no country: event.country_code (and the country_code of
-- event_total and event_tally, which the trigger copies from it) holds where the event is counted,
-- its country or else its scope ('online', 'transnational'). Scopes are lower-case words and never
-- an ISO code, so a country filter never matches one and a scope filter reuses the country indexes;
-- "how many countries" counts only two-letter codes (RecordSql.IN_A_COUNTRY). targets lists the
-- countries such an incident targets, for the target filter.
alter table event add column targets text[] not null default '{}';
create index event_by_target on event using gin (targets) where merged_into is null and retracted_at is null;

-- Tallies: counts a source gives for many events at once ("Germany held 27 rallies in the ten days
-- between 11 and 20 January"). Approved like any claim, kept here and never in event, so no count
-- of the record ever includes them. place_key is the country, or the scope, or '' for a worldwide
-- count; first_day/last_day the period's days as in event (an open end is -infinity/infinity);
-- sort_date orders the list as event.sort_date does (the first day, or the last when the start is open).
create table tally (
    claim_id      uuid primary key,
    kind          text        not null,
    subject       text        not null,
    place_key     text        not null,
    city          text,
    first_day     date        not null,
    last_day      date        not null,
    sort_date     date        not null,
    document      jsonb       not null,
    approved_at   timestamptz not null,
    retracted_at  timestamptz
);
create index tally_listing on tally (sort_date desc, claim_id desc) where retracted_at is null;
create index tally_by_place on tally (place_key, first_day) where retracted_at is null;
