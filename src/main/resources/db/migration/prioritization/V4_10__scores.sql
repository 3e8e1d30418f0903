-- Scores of features per framework, their history, scorecards, the manual ranking and evidence settings.

-- one row per feature and framework ('rice', 'value-effort', 'scorecard-<id>'); the score is a column so a
-- ranking is one range scan of feature_scores_rank, best first
create table feature_scores (
    feature_id uuid not null references features (id) on delete cascade,
    product_id uuid not null references products (id) on delete cascade,
    framework varchar(60) not null,
    score double precision not null,
    inputs varchar(8000) not null,
    breakdown varchar(8000) not null,
    updated_by uuid,
    updated_by_name varchar(200),
    updated_at timestamp with time zone not null,
    primary key (feature_id, framework)
);
create index feature_scores_rank on feature_scores (product_id, framework, score desc);

-- every change of a feature's inputs in a framework; inputs and score null when the score was removed
create table feature_score_history (
    id uuid primary key,
    feature_id uuid not null references features (id) on delete cascade,
    product_id uuid not null references products (id) on delete cascade,
    framework varchar(60) not null,
    inputs varchar(8000),
    score double precision,
    note varchar(300),
    changed_by uuid,
    changed_by_name varchar(200),
    changed_at timestamp with time zone not null
);
create index feature_score_history_feature on feature_score_history (feature_id, changed_at);

create table scorecards (
    id uuid primary key,
    product_id uuid not null references products (id) on delete cascade,
    name varchar(100) not null,
    description varchar(2000),
    created_at timestamp with time zone not null,
    version integer not null default 0
);
create index scorecards_product on scorecards (product_id);

create table scorecard_drivers (
    id uuid primary key,
    scorecard_id uuid not null references scorecards (id) on delete cascade,
    name varchar(100) not null,
    weight double precision not null,
    scale_min double precision not null,
    scale_max double precision not null,
    position integer not null
);
create index scorecard_drivers_card on scorecard_drivers (scorecard_id);

-- the PM's own order of a product's features (1 first); features without a row follow, by title
create table feature_manual_ranks (
    product_id uuid not null references products (id) on delete cascade,
    feature_id uuid not null references features (id) on delete cascade,
    position integer not null,
    primary key (product_id, feature_id)
);
create index feature_manual_ranks_order on feature_manual_ranks (product_id, position);

-- why each manual move was made; kept (with the title) when the feature goes
create table feature_rank_moves (
    id uuid primary key,
    product_id uuid not null references products (id) on delete cascade,
    feature_id uuid references features (id) on delete set null,
    feature_title varchar(300) not null,
    from_position integer,
    to_position integer not null,
    reason varchar(2000) not null,
    moved_by uuid,
    moved_by_name varchar(200),
    moved_at timestamp with time zone not null
);
create index feature_rank_moves_product on feature_rank_moves (product_id, moved_at);

create table evidence_settings (
    product_id uuid primary key references products (id) on delete cascade,
    half_life_days integer not null,
    weighting varchar(20) not null,
    segment_weights varchar(4000),
    updated_at timestamp with time zone not null
);
