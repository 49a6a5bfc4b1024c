-- Who supplied each preserved text: the contributor pseudonym of whoever registered it (never an
-- account name), so that a new text under a known URL shows moderators it came from someone else.
-- Null for texts preserved before suppliers were recorded.
alter table source_version add column supplied_by text;
