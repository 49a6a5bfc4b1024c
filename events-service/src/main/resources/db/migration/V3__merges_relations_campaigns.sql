-- Issue 13: merges that keep facts, relations read from both sides, campaigns without regard to case.

-- When a claim came to count for this event through a merge (null: it was approved for the event
-- itself). The surviving event keeps its own title and fields; a merged duplicate only fills in
-- what the survivor lacks, or a place or date it knew more precisely (see EventClaims).
alter table approved_claim add column absorbed_at timestamptz;

-- Relations are read from the other side too (RelationQueries): "which approved relation claims
-- name this event?" is one index lookup.
create index approved_claim_by_related_event on approved_claim (lower(value->>'eventId'))
    where property = 'RELATION' and retracted_at is null;

-- The campaign filter and the campaigns list ignore case: "Global day of action" and "global Day
-- of Action" are one campaign.
drop index event_by_campaign;
create index event_by_campaign on event (lower(campaign), sort_date desc, id desc)
    where merged_into is null and retracted_at is null;

-- What was merged into an event: relations naming a duplicate count for its survivor.
create index event_by_merged_into on event (merged_into) where merged_into is not null;
