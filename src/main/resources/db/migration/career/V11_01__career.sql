-- Career: private to one user (never in workspace backups). Every row carries user_id and every query filters by it.

-- A dated self-assessment of the seven skills, 1–5 each.
create table career_assessments (
    id uuid primary key,
    user_id uuid not null references users (id) on delete cascade,
    assessed_on date not null,
    created_at timestamp with time zone not null
);
create index career_assessments_user on career_assessments (user_id, assessed_on, created_at);

create table career_ratings (
    assessment_id uuid not null references career_assessments (id) on delete cascade,
    skill varchar(30) not null,
    rating integer not null,
    note varchar(2000),
    primary key (assessment_id, skill)
);

-- Where the user says they are on the ladder and where they aim (ladder.json keys).
create table career_positions (
    user_id uuid primary key references users (id) on delete cascade,
    current_level varchar(40),
    target_level varchar(40),
    updated_at timestamp with time zone not null
);

-- The learning plan as last generated: what it was built from, and its items with their done marks.
create table career_plans (
    user_id uuid primary key references users (id) on delete cascade,
    assessment_id uuid references career_assessments (id) on delete set null,
    toward_level varchar(40),
    generated_at timestamp with time zone not null
);

create table career_plan_items (
    user_id uuid not null references users (id) on delete cascade,
    item_key varchar(200) not null,
    position integer not null,
    skill varchar(30) not null,
    kind varchar(20) not null,
    ref varchar(120) not null,
    done_at timestamp with time zone,
    primary key (user_id, item_key)
);

create table career_companies (
    id uuid primary key,
    user_id uuid not null references users (id) on delete cascade,
    name varchar(200) not null,
    website varchar(500),
    notes varchar(4000),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
create index career_companies_user on career_companies (user_id, name);

create table career_contacts (
    id uuid primary key,
    user_id uuid not null references users (id) on delete cascade,
    company_id uuid references career_companies (id) on delete set null,
    name varchar(200) not null,
    role varchar(200),
    how_met varchar(500),
    email varchar(320),
    link varchar(500),
    last_contacted date,
    follow_up_on date,
    notes varchar(4000),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
create index career_contacts_user on career_contacts (user_id, name);
create index career_contacts_follow_up on career_contacts (user_id, follow_up_on);

create table career_applications (
    id uuid primary key,
    user_id uuid not null references users (id) on delete cascade,
    company_id uuid not null references career_companies (id) on delete cascade,
    contact_id uuid references career_contacts (id) on delete set null,
    role varchar(200) not null,
    link varchar(500),
    stage varchar(20) not null,
    applied_on date,
    follow_up_on date,
    notes varchar(4000),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
create index career_applications_user on career_applications (user_id, stage);
create index career_applications_follow_up on career_applications (user_id, follow_up_on);

-- Every stage an application entered, with the day (the first row is where it started).
create table career_application_stages (
    id uuid primary key,
    application_id uuid not null references career_applications (id) on delete cascade,
    from_stage varchar(20),
    to_stage varchar(20) not null,
    changed_on date not null,
    recorded_at timestamp with time zone not null
);
create index career_application_stages_app on career_application_stages (application_id, recorded_at);

create table career_events (
    id uuid primary key,
    user_id uuid not null references users (id) on delete cascade,
    name varchar(200) not null,
    held_on date not null,
    kind varchar(20) not null,
    notes varchar(4000),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
create index career_events_user on career_events (user_id, held_on);

create table career_event_contacts (
    event_id uuid not null references career_events (id) on delete cascade,
    contact_id uuid not null references career_contacts (id) on delete cascade,
    primary key (event_id, contact_id)
);
