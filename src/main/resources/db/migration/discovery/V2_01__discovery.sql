-- Customer discovery: personas and segments, unmet needs, the feedback inbox, highlights,
-- interviews, surveys and the opportunity-solution tree. Every row hangs off a product.

create table personas (
    id uuid primary key,
    product_id uuid not null references products (id) on delete cascade,
    kind varchar(20) not null,
    name varchar(200) not null,
    summary varchar(4000),
    feelings varchar(4000),
    thoughts varchar(4000),
    motivations varchar(4000),
    influences varchar(4000),
    behaviours varchar(4000),
    goals varchar(4000),
    preferences varchar(4000),
    frustrations varchar(4000),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version integer not null default 0
);
create index personas_product on personas (product_id);

create table needs (
    id uuid primary key,
    product_id uuid not null references products (id) on delete cascade,
    persona_id uuid references personas (id) on delete set null,
    title varchar(300) not null,
    description varchar(4000),
    importance varchar(20) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version integer not null default 0
);
create index needs_product on needs (product_id);

create table notes (
    id uuid primary key,
    product_id uuid not null references products (id) on delete cascade,
    text varchar(20000) not null,
    source varchar(20) not null,
    note_date date not null,
    state varchar(20) not null,
    interview_session_id uuid,
    survey_response_id uuid,
    created_by uuid,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version integer not null default 0
);
-- the inbox lists a product's notes newest first, filtered by state
create index notes_product_date on notes (product_id, note_date desc, created_at desc);
create index notes_product_state on notes (product_id, state);

-- a note has one customer, or several after duplicates are merged into it
create table note_customers (
    note_id uuid not null references notes (id) on delete cascade,
    position integer not null,
    name varchar(200),
    company varchar(200),
    segment varchar(200),
    plan varchar(100),
    revenue numeric(18, 2),
    primary key (note_id, position)
);

create table note_tags (
    note_id uuid not null references notes (id) on delete cascade,
    tag varchar(100) not null,
    primary key (note_id, tag)
);
create index note_tags_tag on note_tags (tag);

-- sentence embeddings (384 float32, little-endian) filled in behind the request path
create table note_embeddings (
    note_id uuid primary key references notes (id) on delete cascade,
    model varchar(100) not null,
    vector bytea not null
);

create table highlights (
    id uuid primary key,
    product_id uuid not null references products (id) on delete cascade,
    note_id uuid not null references notes (id) on delete cascade,
    start_offset integer not null,
    end_offset integer not null,
    quote varchar(20000) not null,
    need_id uuid references needs (id) on delete cascade,
    importance varchar(20) not null,
    created_by uuid,
    created_at timestamp with time zone not null
);
create index highlights_note on highlights (note_id);
create index highlights_need on highlights (need_id);

create table themes (
    id uuid primary key,
    product_id uuid not null references products (id) on delete cascade,
    label varchar(300) not null,
    keywords varchar(1000) not null,
    size integer not null,
    position integer not null,
    computed_at timestamp with time zone not null
);
create index themes_product on themes (product_id);

create table theme_notes (
    theme_id uuid not null references themes (id) on delete cascade,
    note_id uuid not null references notes (id) on delete cascade,
    score double precision not null,
    primary key (theme_id, note_id)
);
create index theme_notes_note on theme_notes (note_id);

create table interview_guides (
    id uuid primary key,
    product_id uuid not null references products (id) on delete cascade,
    title varchar(300) not null,
    goal varchar(4000),
    created_at timestamp with time zone not null,
    version integer not null default 0
);

create table interview_questions (
    id uuid primary key,
    guide_id uuid not null references interview_guides (id) on delete cascade,
    position integer not null,
    prompt varchar(2000) not null
);

create table interview_sessions (
    id uuid primary key,
    product_id uuid not null references products (id) on delete cascade,
    guide_id uuid references interview_guides (id) on delete set null,
    interviewee varchar(200) not null,
    company varchar(200),
    segment varchar(200),
    plan varchar(100),
    held_on date not null,
    summary varchar(8000),
    created_at timestamp with time zone not null,
    version integer not null default 0
);
create index interview_sessions_product on interview_sessions (product_id);

create table surveys (
    id uuid primary key,
    product_id uuid not null references products (id) on delete cascade,
    title varchar(300) not null,
    intro varchar(4000),
    status varchar(20) not null,
    public_token varchar(64) not null unique,
    created_at timestamp with time zone not null,
    version integer not null default 0
);
create index surveys_product on surveys (product_id);

create table survey_questions (
    id uuid primary key,
    survey_id uuid not null references surveys (id) on delete cascade,
    position integer not null,
    qkey varchar(50) not null,
    kind varchar(20) not null,
    prompt varchar(2000) not null,
    options varchar(8000),
    required boolean not null
);

create table survey_responses (
    id uuid primary key,
    survey_id uuid not null references surveys (id) on delete cascade,
    respondent varchar(200),
    submitted_at timestamp with time zone not null,
    answers varchar(20000) not null
);
create index survey_responses_survey on survey_responses (survey_id);

create table opportunity_trees (
    product_id uuid primary key references products (id) on delete cascade,
    outcome varchar(1000) not null,
    updated_at timestamp with time zone not null
);

create table opportunities (
    id uuid primary key,
    product_id uuid not null references products (id) on delete cascade,
    need_id uuid references needs (id) on delete cascade,
    title varchar(300) not null,
    position integer not null
);

create table solutions (
    id uuid primary key,
    opportunity_id uuid not null references opportunities (id) on delete cascade,
    title varchar(300) not null,
    position integer not null
);

create table assumption_tests (
    id uuid primary key,
    solution_id uuid not null references solutions (id) on delete cascade,
    assumption varchar(1000) not null,
    test varchar(2000),
    status varchar(20) not null,
    position integer not null
);
