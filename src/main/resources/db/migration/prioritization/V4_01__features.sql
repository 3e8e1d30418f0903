-- Features and ideas of a product, with their links to goals and to discovery evidence.
create table features (
    id uuid primary key,
    product_id uuid not null references products (id) on delete cascade,
    parent_id uuid references features (id) on delete set null,
    title varchar(300) not null,
    problem varchar(8000),
    description varchar(20000),
    status varchar(20) not null,
    owner varchar(200),
    effort numeric(10, 2),
    created_by uuid,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version integer not null default 0
);
-- the feature list filters by product and status and sorts by title or update time
create index features_product_status on features (product_id, status);
create index features_parent on features (parent_id);

-- goals live in the strategy module; a link goes when its goal is deleted (GoalDeleted)
create table feature_goals (
    feature_id uuid not null references features (id) on delete cascade,
    goal_id uuid not null,
    primary key (feature_id, goal_id)
);
create index feature_goals_goal on feature_goals (goal_id);

-- exactly one of highlight, need or opportunity per row; the link goes with the evidence
create table feature_evidence (
    id uuid primary key,
    feature_id uuid not null references features (id) on delete cascade,
    highlight_id uuid references highlights (id) on delete cascade,
    need_id uuid references needs (id) on delete cascade,
    opportunity_id uuid references opportunities (id) on delete cascade,
    position integer not null,
    created_at timestamp with time zone not null,
    constraint feature_evidence_one_kind check (
        (case when highlight_id is null then 0 else 1 end)
        + (case when need_id is null then 0 else 1 end)
        + (case when opportunity_id is null then 0 else 1 end) = 1)
);
create index feature_evidence_feature on feature_evidence (feature_id);
create index feature_evidence_highlight on feature_evidence (highlight_id);
create index feature_evidence_need on feature_evidence (need_id);
create index feature_evidence_opportunity on feature_evidence (opportunity_id);
