-- Strategy: vision and narrative, goals with key results, competitors against criteria,
-- the positioning statement and the Lean Canvas. Every row hangs off a product.

-- one vision and strategy narrative per product (Markdown)
create table strategies (
    product_id uuid primary key references products (id) on delete cascade,
    vision varchar(20000),
    narrative varchar(100000),
    updated_at timestamp with time zone not null,
    version integer not null default 0
);

create table goals (
    id uuid primary key,
    product_id uuid not null references products (id) on delete cascade,
    title varchar(300) not null,
    description varchar(4000),
    period varchar(50),
    starts_on date,
    ends_on date,
    owner varchar(200),
    status varchar(20) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version integer not null default 0
);
create index goals_product on goals (product_id, created_at);

-- metric_id / metric_key: reserved for binding a key result to a live analytics metric (not used yet)
create table key_results (
    id uuid primary key,
    goal_id uuid not null references goals (id) on delete cascade,
    position integer not null,
    title varchar(300) not null,
    unit varchar(40),
    baseline double precision not null,
    target double precision not null,
    current_value double precision not null,
    metric_id uuid,
    metric_key varchar(200),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version integer not null default 0
);
create index key_results_goal on key_results (goal_id, position);

create table competitors (
    id uuid primary key,
    product_id uuid not null references products (id) on delete cascade,
    name varchar(200) not null,
    website varchar(500),
    positioning varchar(2000),
    pricing varchar(1000),
    strengths varchar(4000),
    weaknesses varchar(4000),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version integer not null default 0
);
create index competitors_product on competitors (product_id, name);

-- the criteria a product's competitors are compared on, in the PM's order
create table competitor_criteria (
    id uuid primary key,
    product_id uuid not null references products (id) on delete cascade,
    name varchar(100) not null,
    description varchar(1000),
    position integer not null,
    created_at timestamp with time zone not null
);
create index competitor_criteria_product on competitor_criteria (product_id, position);

-- one cell of the matrix: a rating from 1 to 5 and/or a short note
create table competitor_ratings (
    competitor_id uuid not null references competitors (id) on delete cascade,
    criterion_id uuid not null references competitor_criteria (id) on delete cascade,
    rating integer,
    note varchar(280),
    primary key (competitor_id, criterion_id)
);
create index competitor_ratings_criterion on competitor_ratings (criterion_id);

-- Geoffrey Moore's positioning statement, one per product
create table positioning_statements (
    product_id uuid primary key references products (id) on delete cascade,
    target_customer varchar(500),
    need varchar(500),
    product_name varchar(200),
    category varchar(200),
    key_benefit varchar(500),
    alternative varchar(500),
    differentiation varchar(500),
    updated_at timestamp with time zone not null,
    version integer not null default 0
);

-- the nine boxes of the Lean Canvas (two of them with a second part), one per product
create table lean_canvases (
    product_id uuid primary key references products (id) on delete cascade,
    problem varchar(4000),
    existing_alternatives varchar(4000),
    customer_segments varchar(4000),
    early_adopters varchar(4000),
    unique_value_proposition varchar(4000),
    solution varchar(4000),
    channels varchar(4000),
    revenue_streams varchar(4000),
    cost_structure varchar(4000),
    key_metrics varchar(4000),
    unfair_advantage varchar(4000),
    updated_at timestamp with time zone not null,
    version integer not null default 0
);
