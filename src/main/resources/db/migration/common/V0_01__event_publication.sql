-- Spring Modulith's event publication registry, created by us rather than by Modulith's own
-- script so it runs the same on H2 and PostgreSQL and holds large events: an import of many
-- thousand notes publishes one event carrying all their ids, beyond Modulith's varchar(4000) on H2.
create table event_publication (
    id uuid not null primary key,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event text not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status varchar(20),
    completion_attempts integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date on event_publication (completion_date);
create index event_publication_by_listener on event_publication (listener_id);
