-- Which demo data sets this instance has loaded, so a deleted demo does not come back on restart.
create table demo_loads (
    name varchar(100) primary key,
    workspace_id uuid,
    loaded_at timestamp with time zone not null
);
