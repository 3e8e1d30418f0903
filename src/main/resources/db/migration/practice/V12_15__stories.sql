-- The story bank: behavioural stories in STAR or CARL form, private to their user.
create table practice_stories (
    id uuid primary key,
    user_id uuid not null references users (id) on delete cascade,
    title varchar(200) not null,
    format varchar(8) not null,
    content text not null,
    situations varchar(200) not null default '',
    skills varchar(200) not null default '',
    portfolio boolean not null default false,
    version integer not null default 0,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
create index practice_stories_user on practice_stories (user_id, updated_at);
