-- What each side's source page declared about itself: title, byline, publication date, canonical address.
-- One row per document and language, only for sources that declared something (web pages).
CREATE TABLE document_metadata (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    lang        TEXT    NOT NULL CHECK (lang IN ('en', 'ja')),
    title       TEXT,
    byline      TEXT,
    published   TEXT,
    url         TEXT,
    PRIMARY KEY (document_id, lang)
) WITHOUT ROWID;
