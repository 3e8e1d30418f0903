-- Decision records of a product.
create table decisions (
    id uuid primary key,
    product_id uuid not null references products (id) on delete cascade,
    title varchar(300) not null,
    context varchar(8000),
    decision varchar(4000) not null,
    rationale varchar(8000),
    status varchar(20) not null,
    decided_on date not null,
    superseded_by uuid references decisions (id) on delete set null,
    created_by uuid,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version integer not null default 0
);
create index decisions_product_date on decisions (product_id, decided_on);

create table decision_options (
    decision_id uuid not null references decisions (id) on delete cascade,
    position integer not null,
    title varchar(300) not null,
    pros varchar(4000),
    cons varchar(4000),
    primary key (decision_id, position)
);

create table decision_people (
    decision_id uuid not null references decisions (id) on delete cascade,
    position integer not null,
    name varchar(200) not null,
    role varchar(200),
    primary key (decision_id, position)
);

-- A feature the decision is about, with what was known about it when it was linked (JSON).
-- The link outlives the feature: feature_id goes null, title and snapshot stay.
create table decision_features (
    decision_id uuid not null references decisions (id) on delete cascade,
    position integer not null,
    feature_id uuid references features (id) on delete set null,
    feature_title varchar(300) not null,
    snapshot text not null,
    snapshot_at timestamp with time zone not null,
    primary key (decision_id, position)
);
create index decision_features_feature on decision_features (feature_id);
