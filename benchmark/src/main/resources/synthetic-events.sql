-- ${events} synthetic public events, shaped like the record events-service writes (same columns,
-- the same record/item JSON as EventRecord serialises to), generated in one statement.
-- Deterministic: row g always gets the same event (hashint8 of g picks every attribute).
--
-- Distribution: places weighted like the diaspora rallies of the seed documents (Germany, the
-- US, Canada and the UK first); dates over 2025–2026; 70 % rallies; 90 % single days, 5 %
-- months, 4.6 % ranges of 2–10 days, 0.2 % still going on (open end), 0.01 % with an open start,
-- 0.19 % long ranges of 2–5 months; attendance on 80 % of rallies,
-- log-uniform from 50 to 250,000; 20 % of titles in Persian; a summary on 30 %, an organiser on
-- 30 %, the global day of action as campaign on 10 %.

create temporary table bench_place (idx int primary key, country text, city text, lat float8, lon float8, weight int);
insert into bench_place values
 (1,'DE','Berlin',52.520,13.405,30),(2,'DE','Munich',48.137,11.575,25),(3,'DE','Hamburg',53.551,9.993,20),
 (4,'DE','Frankfurt',50.110,8.682,15),(5,'DE','Cologne',50.937,6.960,12),(6,'DE','Stuttgart',48.775,9.182,8),
 (7,'DE','Düsseldorf',51.227,6.773,8),(8,'US','Los Angeles',34.052,-118.244,35),(9,'US','Washington',38.907,-77.037,20),
 (10,'US','New York',40.713,-74.006,20),(11,'US','San Francisco',37.775,-122.419,10),(12,'US','Houston',29.760,-95.370,8),
 (13,'US','Chicago',41.878,-87.630,7),(14,'CA','Toronto',43.653,-79.383,35),(15,'CA','Vancouver',49.283,-123.121,20),
 (16,'CA','Montreal',45.502,-73.567,12),(17,'CA','Ottawa',45.421,-75.697,8),(18,'CA','Calgary',51.045,-114.058,5),
 (19,'GB','London',51.507,-0.128,40),(20,'GB','Manchester',53.480,-2.243,8),(21,'GB','Birmingham',52.486,-1.890,5),
 (22,'GB','Glasgow',55.864,-4.252,4),(23,'FR','Paris',48.857,2.352,30),(24,'FR','Lyon',45.764,4.836,5),
 (25,'FR','Marseille',43.297,5.370,4),(26,'NL','Amsterdam',52.368,4.904,12),(27,'NL','The Hague',52.070,4.300,8),
 (28,'NL','Rotterdam',51.924,4.478,5),(29,'SE','Stockholm',59.329,18.069,15),(30,'SE','Gothenburg',57.709,11.975,8),
 (31,'SE','Malmö',55.605,13.004,5),(32,'SE','Uppsala',59.858,17.639,3),(33,'AU','Sydney',-33.869,151.209,15),
 (34,'AU','Melbourne',-37.814,144.963,12),(35,'AU','Brisbane',-27.470,153.026,5),(36,'IT','Rome',41.903,12.496,8),
 (37,'IT','Milan',45.464,9.190,8),(38,'ES','Madrid',40.417,-3.704,6),(39,'ES','Barcelona',41.385,2.173,6),
 (40,'AT','Vienna',48.208,16.374,10),(41,'CH','Zürich',47.377,8.542,6),(42,'CH','Geneva',46.204,6.143,6),
 (43,'CH','Bern',46.948,7.447,3),(44,'BE','Brussels',50.850,4.352,8),(45,'DK','Copenhagen',55.676,12.568,6),
 (46,'NO','Oslo',59.914,10.752,7),(47,'FI','Helsinki',60.170,24.938,4),(48,'TR','Istanbul',41.008,28.978,10),
 (49,'TR','Ankara',39.934,32.860,4),(50,'AE','Dubai',25.205,55.271,3),(51,'JP','Tokyo',35.676,139.650,3),
 (52,'KR','Seoul',37.567,126.978,2),(53,'NZ','Auckland',-36.848,174.763,3),(54,'IE','Dublin',53.350,-6.260,3),
 (55,'PL','Warsaw',52.230,21.012,2),(56,'CZ','Prague',50.075,14.438,2),(57,'GR','Athens',37.984,23.728,3),
 (58,'PT','Lisbon',38.722,-9.139,2),(59,'HU','Budapest',47.498,19.040,2),(60,'AM','Yerevan',40.179,44.499,3),
 (61,'GE','Tbilisi',41.716,44.783,2),(62,'IQ','Erbil',36.191,44.009,3),(63,'MY','Kuala Lumpur',3.139,101.687,2),
 (64,'IN','New Delhi',28.614,77.209,2),(65,'BR','São Paulo',-23.550,-46.633,2),(66,'MX','Mexico City',19.433,-99.133,2),
 (67,'AR','Buenos Aires',-34.604,-58.382,1),(68,'ZA','Johannesburg',-26.204,28.047,1),(69,'IL','Tel Aviv',32.085,34.782,3),
 (70,'LU','Luxembourg',49.611,6.130,1),(71,'CY','Nicosia',35.185,33.382,1),(72,'EE','Tallinn',59.437,24.754,1),
 (73,'UA','Kyiv',50.450,30.523,2);

-- 1,000 slots, each place owning a share proportional to its weight
create temporary table bench_slot as
select s as slot,
       (select c.idx from (select idx, sum(weight) over (order by idx) as upto, sum(weight) over () as total from bench_place) c
        where c.upto > (s + 0.5) * c.total / 1000.0 order by c.upto limit 1) as place
from generate_series(0, 999) s;

create temporary table bench_publisher (idx int primary key, name text, rating text, url text);
insert into bench_publisher values
 (0,'Wikipedia','mixed','https://en.wikipedia.org/wiki/2026_Iranian_diaspora_protests'),
 (1,'BBC Persian','reliable','https://www.bbc.com/persian/articles/'),
 (2,'Iran International','mixed','https://www.iranintl.com/en/'),
 (3,'Deutsche Welle','reliable','https://www.dw.com/en/'),
 (4,'IRNA','state_affiliated','https://en.irna.ir/news/');

insert into event (id, kind, title, start_date, end_date, sort_date, country_code, city, lat, lon, campaign, attendance,
                   record, item, search, published_at, updated_at, revision)
with base as (
    select g,
           md5('event:' || g)::uuid as id,
           s.place,
           (abs(hashint8(g * 8 + 1)::bigint) % 1000)::int as r_kind,
           (abs(hashint8(g * 8 + 2)::bigint) % 730)::int as r_day,
           (abs(hashint8(g * 8 + 3)::bigint) % 10000)::int as r_shape,
           (abs(hashint8(g * 8 + 4)::bigint) % 1000)::int as r_size,
           (abs(hashint8(g * 8 + 5)::bigint) % 100)::int as r_text,
           (abs(hashint8(g * 8 + 6)::bigint) % 100)::int as r_misc,
           (abs(hashint8(g * 8 + 7)::bigint) % 5)::int as publisher
    from generate_series(1, ${events}) g
    join bench_slot s on s.slot = abs(hashint8(g * 8)::bigint) % 1000
), shaped as (
    select b.*, p.country, p.city,
           round((p.lat + (b.r_misc - 50) / 2000.0)::numeric, 4)::float8 as lat,
           round((p.lon + (b.r_text - 50) / 2000.0)::numeric, 4)::float8 as lon,
           case when r_kind < 700 then 'rally' when r_kind < 730 then 'counter_protest' when r_kind < 760 then 'attack'
                when r_kind < 820 then 'threat' when r_kind < 860 then 'restriction' when r_kind < 900 then 'arrest'
                when r_kind < 940 then 'petition' when r_kind < 970 then 'official_action' else 'other' end as kind,
           date '2025-01-01' + r_day as day,
           case when r_shape < 9000 then 'day' when r_shape < 9500 then 'month' when r_shape < 9960 then 'range'
                when r_shape < 9980 then 'open_end' when r_shape < 9981 then 'open_start' else 'long' end as shape
    from base b join bench_place p on p.idx = b.place
), dated as (
    select s.*,
           case shape when 'month' then date_trunc('month', day)::date when 'open_start' then null else day end as start_date,
           case shape when 'day' then day when 'month' then (date_trunc('month', day) + interval '1 month - 1 day')::date
                      when 'range' then day + 1 + r_misc % 9 when 'open_end' then null when 'open_start' then day
                      else day + 60 + r_misc end as end_date,
           case shape when 'day' then 'day' when 'month' then 'month' when 'range' then 'range' when 'long' then 'range'
                      else 'open' end as precision,
           case when kind in ('rally', 'counter_protest') and r_size < 800
                then round(exp(ln(50) + (r_size / 800.0) * (ln(250000) - ln(50))))::bigint end as attendance,
           case when r_misc < 40 then 'over' else 'about' end as qualifier
    from shaped s
), written as (
    select d.*,
           case shape when 'month' then to_char(day, 'YYYY-MM') when 'open_start' then '../' || end_date::text
                      when 'open_end' then start_date::text || '/..' when 'day' then day::text
                      else start_date::text || '/' || end_date::text end as edtf,
           case when r_text < 20 and kind = 'rally' then 'تجمع همبستگی با مردم ایران در ' || city
                else case kind when 'rally' then 'Solidarity rally in ' when 'counter_protest' then 'Counter-protest at the rally in '
                               when 'attack' then 'Attack on protesters in ' when 'threat' then 'Threats against activists in '
                               when 'restriction' then 'Rally banned in ' when 'arrest' then 'Protesters detained in '
                               when 'petition' then 'Open letter from the diaspora in '
                               when 'official_action' then 'Parliament hearing on Iran in ' else 'Diaspora gathering in ' end
                     || city end as title,
           case when r_text >= 70 then 'People gathered in ' || city
                || ' in solidarity with the protests in Iran, chanting slogans and holding photographs of the victims.' end as summary,
           case when r_misc < 10 then 'Global day of action' end as campaign,
           to_char(coalesce(start_date, end_date) + time '18:00' + r_misc * interval '1 minute',
                   'YYYY-MM-DD"T"HH24:MI:SS"Z"') as approved,
           bp.name as publisher_name, bp.rating, bp.url
    from dated d join bench_publisher bp on bp.idx = d.publisher
), documents as (
    select w.*,
           jsonb_build_object('sourceId', md5('source:' || (g % 5000))::uuid, 'url', url || (g % 5000),
                              'title', 'Diaspora protests, report ' || (g % 5000), 'publisher', publisher_name,
                              'rating', rating) as source,
           case when attendance is null then '{}'::jsonb else jsonb_build_object('attendance', jsonb_build_object(
               'low', attendance, 'high', case when qualifier = 'about' then attendance end, 'disputed', false)) end as figures_item,
           case when attendance is null then '{}'::jsonb else jsonb_build_object('attendance', jsonb_build_object(
               'low', attendance, 'high', case when qualifier = 'about' then attendance end, 'disputed', false,
               'claims', jsonb_build_array(jsonb_build_object(
                   'claimId', md5('claim:attendance:' || g)::uuid, 'low', attendance,
                   'high', case when qualifier = 'about' then attendance end, 'qualifier', qualifier, 'estimatedBy', 'media',
                   'words', null,
                   'citations', jsonb_build_array(jsonb_build_object(
                       'sourceId', md5('source:' || (g % 5000))::uuid, 'sourceUrl', url || (g % 5000),
                       'sourceTitle', 'Diaspora protests, report ' || (g % 5000),
                       'exact', initcap(qualifier) || ' ' || attendance || ' people gathered in ' || city,
                       'start', 120, 'end', 160, 'publisherId', md5('publisher:' || publisher)::uuid,
                       'publisher', publisher_name, 'rating', rating)),
                   'approvedAt', approved)))) end as figures_record,
           case when r_misc >= 70 then jsonb_build_array(jsonb_build_object(
               'name', 'Iranian Diaspora ' || city, 'role', 'organiser',
               'claimIds', jsonb_build_array(md5('claim:actor:' || g)::uuid))) else '[]'::jsonb end as actors
    from written w
), records as (
    select d.*,
           jsonb_build_object('id', id, 'kind', kind, 'title', title, 'date', edtf,
               'place', jsonb_build_object('countryCode', country, 'city', city, 'lat', lat, 'lon', lon, 'precision', 'city'),
               'concerns', 'IR', 'campaign', campaign, 'summary', summary, 'actors', actors, 'relations', '[]'::jsonb,
               'updatedAt', approved, 'start', start_date, 'end', end_date, 'precision', precision) as common
    from documents d
)
select id, kind, title, start_date, end_date, coalesce(start_date, end_date), country, city, lat, lon, campaign, attendance,
       common || jsonb_build_object('figures', figures_record, 'sources', jsonb_build_array(source)),
       common || jsonb_build_object('figures', figures_item),
       to_tsvector('simple', concat_ws(' ', title, summary, campaign, city, country,
                                       case when actors <> '[]'::jsonb then 'Iranian Diaspora ' || city end)),
       approved::timestamptz, approved::timestamptz, 1
from records;

-- one "created" change per event, as the ledger writes it, so the change feed has a history
insert into event_change (position, event_id, change, field, claim_id, decision_ids, revision, detail, occurred_at)
select row_number() over (order by published_at, id), id, 'created', 'existence', md5('claim:existence:' || id)::uuid,
       '["' || md5('decision:' || id)::uuid || '"]', 1, '{"changes": []}'::jsonb, published_at
from event order by published_at, id;
