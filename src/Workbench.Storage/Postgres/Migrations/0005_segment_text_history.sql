-- A reviewer's segment text corrections go into the same edit history as link edits (one undo stack), as in SQLite's
-- migration 0006: text_json holds the SegmentTextChange list; before_json and after_json are then empty lists.
ALTER TABLE edit_history ADD COLUMN text_json jsonb;
