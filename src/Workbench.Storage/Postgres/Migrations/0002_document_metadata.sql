-- What each side's source page declared about itself: title, byline, publication date, canonical address.
-- One row per document and language, only for sources that declared something (web pages). Same shape as
-- SQLite's migration 0004; published is ISO 8601 text on both backends.
CREATE TABLE document_metadata (
    document_id bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    lang        text   NOT NULL CHECK (lang IN ('en', 'ja')),
    title       text,
    byline      text,
    published   text,
    url         text,
    PRIMARY KEY (document_id, lang)
);
