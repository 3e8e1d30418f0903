-- One note, one row: its tags and its first customer move onto the note itself, so adding a note
-- (a CSV import adds 100,000 at once) writes one row instead of about four. note_customers keeps
-- only the customers a note gained beyond the first by merging duplicates (positions 1, 2, ...).

-- the note's tags as a JSON array of strings, sorted, e.g. ["export","performance"]; null for none
alter table notes add column tags varchar(1000000);
alter table notes add column customer_name varchar(200);
alter table notes add column customer_company varchar(200);
alter table notes add column customer_segment varchar(200);
alter table notes add column customer_plan varchar(100);
alter table notes add column customer_revenue numeric(18, 2);

update notes set (customer_name, customer_company, customer_segment, customer_plan, customer_revenue) =
    (select c.name, c.company, c.segment, c.plan, c.revenue from note_customers c where c.note_id = notes.id and c.position = 0)
where id in (select note_id from note_customers where position = 0);
delete from note_customers where position = 0;

-- only quotes and backslashes are escaped here; the reader accepts other control characters as they are
update notes set tags =
    (select '[' || string_agg('"' || replace(replace(t.tag, '\', '\\'), '"', '\"') || '"', ',' order by t.tag) || ']'
     from note_tags t where t.note_id = notes.id)
where id in (select note_id from note_tags);
drop table note_tags;

-- every insert paid for this index; no query orders notes by date in SQL (the search index does).
-- Product lookups need an index on product_id alone: H2 made one for the foreign key, PostgreSQL
-- gets notes_product from V2_18 (NotesProductIndex).
drop index notes_product_date;
-- Likewise every note paid for two entries to find the few that came from an interview or a survey.
-- Those lookups now read the product's notes once through its product index (about a millisecond per
-- 10,000 notes): a session's notes, the note counts of a page of sessions in one grouped query, the
-- notes of a survey's answers.
drop index notes_interview_session;
drop index notes_survey_response;
