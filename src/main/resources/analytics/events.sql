-- The DuckDB event store. Statements are separated by semicolons at line ends; each is idempotent.
-- One row per accepted event. uuid = PostHog's uuid or Segment's messageId (generated when the client sent none);
-- the loader keeps it unique per product. ts = when the event happened (client time corrected by sent_at skew).
create table if not exists events (
    uuid varchar not null,
    product_id uuid not null,
    event varchar not null,
    distinct_id varchar not null,
    ts timestamptz not null,
    properties json,
    received_at timestamptz not null,
    revenue double,
    variant varchar,
    current_url varchar
);
-- identify/alias merge distinct ids into one person: every distinct id of a merged person maps to the same person_id.
-- A distinct id without a row here is a person of its own (queries use the distinct id as the person key).
create table if not exists person_distinct_ids (
    product_id uuid not null,
    distinct_id varchar not null,
    person_id uuid not null,
    primary key (product_id, distinct_id)
);
-- Person properties from $set / $set_once / Segment traits.
create table if not exists persons (
    product_id uuid not null,
    person_id uuid not null,
    properties json,
    created_at timestamptz not null,
    primary key (product_id, person_id)
);
