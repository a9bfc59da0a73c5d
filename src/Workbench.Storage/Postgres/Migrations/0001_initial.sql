-- Documents, their segments on both sides, alignment links with their versions, the reviewers' edit history and the
-- glossary: the SQLite schema (migrations 0001, 0002 and 0005) in PostgreSQL's types.
CREATE TABLE documents (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text        NOT NULL UNIQUE,
    en_source    text,
    ja_source    text,
    imported_at  timestamptz NOT NULL,
    -- The last version handed to a link of this document; an edit takes the next one under the row's lock.
    link_version bigint      NOT NULL DEFAULT 0
);

CREATE TABLE segments (
    document_id bigint  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    lang        text    NOT NULL CHECK (lang IN ('en', 'ja')),
    idx         integer NOT NULL CHECK (idx >= 0),
    paragraph   integer NOT NULL CHECK (paragraph >= 0),
    source_line integer NOT NULL,
    text        text    NOT NULL,
    PRIMARY KEY (document_id, lang, idx)
);

CREATE TABLE links (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id bigint           NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    en_start    integer          NOT NULL CHECK (en_start >= 0),
    en_count    integer          NOT NULL CHECK (en_count >= 0),
    ja_start    integer          NOT NULL CHECK (ja_start >= 0),
    ja_count    integer          NOT NULL CHECK (ja_count >= 0),
    confidence  double precision NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    status      text             NOT NULL CHECK (status IN ('auto', 'confirmed', 'rejected')),
    updated_at  timestamptz      NOT NULL,
    version     bigint           NOT NULL DEFAULT 0 CHECK (version >= 0),
    CHECK (en_count + ja_count > 0)
);

CREATE UNIQUE INDEX links_by_position ON links (document_id, en_start, ja_start);
CREATE INDEX links_review_queue ON links (document_id, status, confidence);

CREATE TABLE edit_history (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id bigint      NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    user_name   text        NOT NULL,
    description text        NOT NULL,
    before_json jsonb       NOT NULL,
    after_json  jsonb       NOT NULL,
    applied_at  timestamptz NOT NULL,
    undone      boolean     NOT NULL DEFAULT false
);

CREATE INDEX edit_history_by_user ON edit_history (document_id, user_name, undone, id);

CREATE TABLE glossary_entries (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    english   text  NOT NULL,
    approved  jsonb NOT NULL,
    note      text,
    forbidden jsonb NOT NULL
);
