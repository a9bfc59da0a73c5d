-- Several reviewers on one memory: a version per link for optimistic concurrency, a per-document counter that hands
-- the versions out, and the user who made each history entry (undo and redo walk only their own edits).
ALTER TABLE links ADD COLUMN version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0);
ALTER TABLE documents ADD COLUMN link_version INTEGER NOT NULL DEFAULT 0;
-- Entries written before users were recorded keep an empty name: anyone may undo them, as before.
ALTER TABLE edit_history ADD COLUMN user_name TEXT NOT NULL DEFAULT '';
CREATE INDEX edit_history_by_user ON edit_history (document_id, user_name, undone, id);
