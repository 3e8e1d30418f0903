-- Spaced repetition (FSRS-6). A card (q:<question id> or f:<framework key>) gets a row for a user the first time
-- the user scores it; cards without a row are new to that user.
create table review_cards (
    user_id uuid not null references users (id) on delete cascade,
    card_id varchar(120) not null,
    state varchar(20) not null,
    stability double precision not null,
    difficulty double precision not null,
    due timestamp with time zone not null,
    reps integer not null,
    lapses integer not null,
    last_review timestamp with time zone not null,
    introduced_at timestamp with time zone not null,
    primary key (user_id, card_id)
);
-- the daily queue reads a user's cards by due time
create index review_cards_user_due on review_cards (user_id, due);

-- every self-score, with the FSRS grade and the memory state it led to
create table review_log (
    id uuid primary key,
    user_id uuid not null references users (id) on delete cascade,
    card_id varchar(120) not null,
    score integer not null,
    grade integer not null,
    source varchar(20) not null,
    reviewed_at timestamp with time zone not null,
    elapsed_days integer,
    scheduled_days integer not null,
    stability double precision not null,
    difficulty double precision not null,
    state varchar(20) not null
);
-- streaks, today's counts and progress read a user's log by time
create index review_log_user_time on review_log (user_id, reviewed_at);

create table review_settings (
    user_id uuid primary key references users (id) on delete cascade,
    daily_new_limit integer not null,
    time_zone varchar(64) not null,
    focus_categories varchar(1000) not null,
    focus_skills varchar(1000) not null,
    updated_at timestamp with time zone not null
);
