-- which text a note's embedding was computed from, so an edit that leaves the text alone
-- (a triage move, a new tag) does not send the note through the model again
alter table note_embeddings add column text_hash varchar(64);
