-- Roadmap: planning horizon, teams and their capacity, releases, where each feature is planned,
-- dependencies between features, optimizer proposals and the stakeholder share link.

-- one row per product that changed the defaults (quarters, four of them, from the current one)
create table roadmap_settings (
    product_id uuid primary key references products (id) on delete cascade,
    granularity varchar(10) not null,
    horizon integer not null,
    start_period varchar(10)
);

create table teams (
    id uuid primary key,
    product_id uuid not null references products (id) on delete cascade,
    name varchar(120) not null,
    members integer,
    created_at timestamp with time zone not null
);
create index teams_product on teams (product_id);

-- capacity in person-months for one period key ("2027-Q1" or "2027-01")
create table team_capacities (
    team_id uuid not null references teams (id) on delete cascade,
    period varchar(10) not null,
    capacity numeric(10, 2) not null,
    primary key (team_id, period)
);

create table releases (
    id uuid primary key,
    product_id uuid not null references products (id) on delete cascade,
    name varchar(200) not null,
    release_date date not null,
    description varchar(4000),
    created_at timestamp with time zone not null
);
create index releases_product on releases (product_id, release_date);

-- a feature sits in at most one place on the roadmap
create table roadmap_items (
    id uuid primary key,
    product_id uuid not null references products (id) on delete cascade,
    feature_id uuid not null unique references features (id) on delete cascade,
    team_id uuid not null references teams (id) on delete cascade,
    period varchar(10) not null,
    committed boolean not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
create index roadmap_items_product on roadmap_items (product_id);
create index roadmap_items_team on roadmap_items (team_id);

-- feature_id needs needs_feature_id delivered first (or in the same period)
create table feature_dependencies (
    product_id uuid not null references products (id) on delete cascade,
    feature_id uuid not null references features (id) on delete cascade,
    needs_feature_id uuid not null references features (id) on delete cascade,
    created_at timestamp with time zone not null,
    primary key (feature_id, needs_feature_id)
);
create index feature_dependencies_product on feature_dependencies (product_id);
create index feature_dependencies_needs on feature_dependencies (needs_feature_id);

-- a proposal of the optimizer, kept so the PM can review it and accept all or part of it
create table roadmap_plans (
    id uuid primary key,
    product_id uuid not null references products (id) on delete cascade,
    framework varchar(40) not null,
    objective double precision not null,
    upper_bound double precision not null,
    optimality varchar(20) not null,
    note varchar(1000),
    created_by uuid,
    created_at timestamp with time zone not null
);
create index roadmap_plans_product on roadmap_plans (product_id, created_at);

-- one row per feature considered: either placed (team and period) or left out with the reason
create table roadmap_plan_entries (
    plan_id uuid not null references roadmap_plans (id) on delete cascade,
    feature_id uuid not null references features (id) on delete cascade,
    team_id uuid references teams (id) on delete cascade,
    period varchar(10),
    fixed boolean not null,
    plan_value double precision not null,
    reason varchar(1000),
    accepted boolean not null,
    primary key (plan_id, feature_id)
);

create table roadmap_shares (
    product_id uuid primary key references products (id) on delete cascade,
    token varchar(64) not null unique,
    created_by uuid,
    created_at timestamp with time zone not null
);
