-- When a claim came to count for this event through a merge (null: it was approved for the event
-- itself). The surviving event keeps its own title and fields; a merged duplicate only fills in
-- what the survivor lacks, or a place or date it knew more precisely (see EventClaims).
alter table approved_claim add column absorbed_at timestamptz;
