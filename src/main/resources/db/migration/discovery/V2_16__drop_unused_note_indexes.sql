-- The inbox counts notes per state and filters by tag in its search index (NoteIndex), so these
-- indexes only slowed every insert; product lookups keep notes_product_date.
drop index notes_product_state;
drop index note_tags_tag;
