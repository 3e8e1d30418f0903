-- Practice exercises: a user's guided forms (metrics practice, teardown, RACI, ...) saved as JSON content.
-- Private to the user (every query filters by user_id). product_id/product_name remember the product an
-- exercise started from without a foreign key: the exercise belongs to the user, not to the workspace, and
-- outlives the product (and stays out of workspace backups).
create table practice_exercises (
    id uuid primary key,
    user_id uuid not null references users (id) on delete cascade,
    kind varchar(40) not null,
    title varchar(200) not null,
    content varchar(200000) not null,
    product_id uuid,
    product_name varchar(200),
    portfolio boolean not null default false,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version integer not null default 0
);
-- the list page: one user's exercises, newest change first, optionally of one kind
create index practice_exercises_user on practice_exercises (user_id, updated_at);
