-- Documents, their segments on both sides, alignment links, the reviewer's edit history and the glossary.
CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    en_source   TEXT,
    ja_source   TEXT,
    imported_at TEXT NOT NULL
);

CREATE TABLE segments (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    lang        TEXT    NOT NULL CHECK (lang IN ('en', 'ja')),
    idx         INTEGER NOT NULL CHECK (idx >= 0),
    paragraph   INTEGER NOT NULL CHECK (paragraph >= 0),
    source_line INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    PRIMARY KEY (document_id, lang, idx)
) WITHOUT ROWID;

CREATE TABLE links (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    en_start    INTEGER NOT NULL CHECK (en_start >= 0),
    en_count    INTEGER NOT NULL CHECK (en_count >= 0),
    ja_start    INTEGER NOT NULL CHECK (ja_start >= 0),
    ja_count    INTEGER NOT NULL CHECK (ja_count >= 0),
    confidence  REAL    NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    status      TEXT    NOT NULL CHECK (status IN ('auto', 'confirmed', 'rejected')),
    updated_at  TEXT    NOT NULL,
    CHECK (en_count + ja_count > 0)
);

CREATE UNIQUE INDEX links_by_position ON links (document_id, en_start, ja_start);

CREATE TABLE edit_history (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    description TEXT    NOT NULL,
    before_json TEXT    NOT NULL,
    after_json  TEXT    NOT NULL,
    applied_at  TEXT    NOT NULL,
    undone      INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
);

CREATE INDEX edit_history_by_document ON edit_history (document_id, undone, id);

CREATE TABLE glossary_entries (
    id        INTEGER PRIMARY KEY,
    english   TEXT NOT NULL,
    approved  TEXT NOT NULL,
    note      TEXT,
    forbidden TEXT NOT NULL
);
