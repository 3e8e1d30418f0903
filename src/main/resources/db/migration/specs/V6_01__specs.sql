-- User and job stories under a feature, ordered within the feature, with their acceptance criteria.
create table stories (
    id uuid primary key,
    product_id uuid not null references products (id) on delete cascade,
    feature_id uuid not null references features (id) on delete cascade,
    kind varchar(10) not null,
    -- user story: role, capability, benefit; job story: situation, motivation, outcome
    part1 varchar(500) not null,
    part2 varchar(1000) not null,
    part3 varchar(1000) not null,
    status varchar(20) not null,
    estimate numeric(10, 2),
    position integer not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version integer not null default 0
);
-- the per-feature page and the featureId filter read stories of one feature in order
create index stories_feature on stories (feature_id, position);
create index stories_product_status on stories (product_id, status);

create table story_criteria (
    story_id uuid not null references stories (id) on delete cascade,
    position integer not null,
    given_text varchar(2000) not null,
    when_text varchar(2000) not null,
    then_text varchar(2000) not null,
    primary key (story_id, position)
);

-- What a feature's PRD says beyond the feature itself: non-goals, success metrics and open questions.
create table prd_entries (
    id uuid primary key,
    product_id uuid not null references products (id) on delete cascade,
    feature_id uuid not null references features (id) on delete cascade,
    kind varchar(20) not null,
    body varchar(2000) not null,
    answer varchar(4000),
    resolved boolean not null default false,
    position integer not null,
    created_at timestamp with time zone not null
);
create index prd_entries_feature on prd_entries (feature_id, kind, position);
