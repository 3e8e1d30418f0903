-- Mock interview sessions: questions answered against the clock, self-scored, optionally shared for peer review.
create table practice_mocks (
    id uuid primary key,
    user_id uuid not null references users (id) on delete cascade,
    title varchar(200) not null,
    round varchar(40),
    category varchar(40),
    minutes_per_question integer not null,
    share_token varchar(64) unique,
    created_at timestamp with time zone not null
);
create index practice_mocks_user on practice_mocks (user_id, created_at);

create table practice_mock_answers (
    mock_id uuid not null references practice_mocks (id) on delete cascade,
    position integer not null,
    question_id varchar(60) not null,
    content text,
    started_at timestamp with time zone,
    submitted_at timestamp with time zone,
    elapsed_seconds integer,
    self_score integer,
    portfolio boolean not null default false,
    primary key (mock_id, position)
);

create table practice_peer_reviews (
    id uuid primary key,
    mock_id uuid not null references practice_mocks (id) on delete cascade,
    position integer not null,
    reviewer varchar(100),
    score integer not null,
    comment varchar(2000),
    created_at timestamp with time zone not null
);
create index practice_peer_reviews_mock on practice_peer_reviews (mock_id, position);
