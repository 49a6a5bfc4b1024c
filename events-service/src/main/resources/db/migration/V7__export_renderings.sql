-- Each public event as the exports write it, rendered by the service when it writes the event
-- (org.vigil.events.export.ExportRendering): its ACLED CSV line and its GeoJSON Feature, so a full
-- export streams stored text instead of reading a million records back into objects.
-- export_rules is the fingerprint of the rules a rendering was made with (the rendering code and
-- the JDK's country names). The service renders rows of any other fingerprint again when it starts,
-- and until then the exports render those rows from record as they go: a rendering is never read
-- under rules it was not made with. Rows existing before this migration have none (null) and are
-- filled that way, in the background, by the first start of the service that has this migration.
alter table event
    add column export_csv     text,
    add column export_feature text,
    add column export_rules   text;
