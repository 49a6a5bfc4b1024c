-- Change-feed positions count without holes (docs/events.md, the change feed). An identity burns
-- its value when the writer's transaction rolls back (a failed apply, a killed service), which
-- left holes a partner could not tell from lost changes. Every writer holds the record's advisory
-- lock until it commits (EventRows.serialiseWriters), so the next position is the highest one plus
-- one, taken under that lock: gapless, and in commit order.
alter table event_change alter column position drop identity;
