create table users (
    id uuid primary key,
    email varchar(320) not null unique,
    name varchar(200) not null,
    password_hash varchar(200) not null,
    created_at timestamp with time zone not null
);

create table workspaces (
    id uuid primary key,
    name varchar(200) not null,
    created_at timestamp with time zone not null,
    version integer not null default 0
);

create table memberships (
    workspace_id uuid not null references workspaces (id) on delete cascade,
    user_id uuid not null references users (id) on delete cascade,
    role varchar(20) not null,
    created_at timestamp with time zone not null,
    primary key (workspace_id, user_id)
);
-- membership lookups by user for the navigation and every access check
create index memberships_user on memberships (user_id);

create table products (
    id uuid primary key,
    workspace_id uuid not null references workspaces (id) on delete cascade,
    name varchar(200) not null,
    description varchar(2000),
    capture_key varchar(64) not null unique,
    created_at timestamp with time zone not null,
    version integer not null default 0
);
create index products_workspace on products (workspace_id);

create table api_tokens (
    id uuid primary key,
    user_id uuid not null references users (id) on delete cascade,
    name varchar(200) not null,
    token_hash varchar(64) not null unique,
    created_at timestamp with time zone not null,
    last_used_at timestamp with time zone
);
create index api_tokens_user on api_tokens (user_id);

create table invitations (
    id uuid primary key,
    workspace_id uuid not null references workspaces (id) on delete cascade,
    email varchar(320) not null,
    role varchar(20) not null,
    token_hash varchar(64) not null unique,
    invited_by uuid not null references users (id),
    created_at timestamp with time zone not null,
    accepted_at timestamp with time zone
);
