-- Who publishes: one row per registrable domain, with the rating admins give it.
create table publisher (
    id        uuid primary key,
    domain    text        not null unique,
    name      text        not null,
    rating    text        not null,
    rated_at  timestamptz,
    version   bigint      not null default 0
);

-- A document, identified by its normalised URL. Its text lives in versions: a page rewritten
-- upstream becomes a new version, and the old one stays.
create table source (
    id                   uuid primary key,
    url                  text        not null unique,
    publisher_id         uuid        not null references publisher (id),
    title                text,
    author               text,
    published_at         text,
    language             text,
    registered_at        timestamptz not null,
    deleted_upstream_at  timestamptz,
    version              bigint      not null default 0
);

-- Preserved text, as received, never overwritten. The same text (by the SHA-256 of its
-- canonical form) is one source, so the hash is unique across all sources.
create table source_version (
    source_id     uuid        not null references source (id),
    number        integer     not null,
    text          text        not null,
    sha256        text        not null unique,
    retrieved_at  timestamptz not null,
    primary key (source_id, number)
);

-- Where each cited quote stands in the version it was checked against.
create table quote_check (
    claim_id        uuid        not null,
    citation_index  integer     not null,
    source_id       uuid        references source (id),
    source_version  integer,
    exact           text        not null,
    prefix          text,
    suffix          text,
    result          text        not null,
    quote_start     integer,
    quote_end       integer,
    approved        boolean     not null default false,
    checked_at      timestamptz not null,
    primary key (claim_id, citation_index)
);
create index quote_check_by_source on quote_check (source_id);
