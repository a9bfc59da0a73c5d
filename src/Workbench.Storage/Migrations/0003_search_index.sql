-- Concordance and fuzzy index (issue 11). Every pair with both sides that is not rejected is indexed; triggers keep
-- the index in step with every write to links and segments, whatever code path makes it, in the same transaction.
-- The keys come from Workbench.Core.Search through SQL functions the connection registers (SearchFunctions):
--   wb_search_key(lang, text)  concordance key (SearchKeys)      wb_fuzzy_grams(lang, text)  distinct grams (FuzzyKeys)
--   wb_fuzzy_length(lang, text) length in units (FuzzyKeys)       wb_spaced(text) characters separated by spaces
-- Row ids: concordance tables use link id + 2^40 for confirmed links, so `ORDER BY rowid DESC` lists confirmed pairs
-- first, newest first; fuzzy tables use length * 2^40 + link id, so a length window is a row id range.

-- Substrings of 3+ characters: English key (" word word ") and Japanese key.
CREATE VIRTUAL TABLE search_text USING fts5 (en, ja, content = '', contentless_delete = 1, tokenize = 'trigram');

-- 1-2 character Japanese queries: the key's characters as single tokens, so a query is a one- or two-token phrase.
CREATE VIRTUAL TABLE search_ja_chars USING fts5 (ja, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');

-- Fuzzy candidates: distinct English words and Japanese character bigrams; no positions needed.
CREATE VIRTUAL TABLE fuzzy_en USING fts5 (grams, content = '', contentless_delete = 1, detail = none, tokenize = 'unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE fuzzy_ja USING fts5 (grams, content = '', contentless_delete = 1, detail = none, tokenize = 'unicode61 remove_diacritics 0');

-- The fuzzy row ids of each indexed link, needed to delete its rows after its segments may be gone.
CREATE TABLE search_links (
    link_id     INTEGER PRIMARY KEY,
    en_rowid    INTEGER NOT NULL,
    ja_rowid    INTEGER NOT NULL
);

-- The two texts of each link, joined as AlignedPair joins them (English with a space, Japanese with nothing).
CREATE VIEW search_link_texts AS
SELECT l.id AS link_id,
       l.status AS status,
       coalesce((SELECT group_concat(s.text, ' ' ORDER BY s.idx) FROM segments s
                 WHERE s.document_id = l.document_id AND s.lang = 'en' AND s.idx >= l.en_start AND s.idx < l.en_start + l.en_count), '') AS en,
       coalesce((SELECT group_concat(s.text, '' ORDER BY s.idx) FROM segments s
                 WHERE s.document_id = l.document_id AND s.lang = 'ja' AND s.idx >= l.ja_start AND s.idx < l.ja_start + l.ja_count), '') AS ja
FROM links l
WHERE l.status <> 'rejected' AND l.en_count > 0 AND l.ja_count > 0;

CREATE TRIGGER search_link_added AFTER INSERT ON links
WHEN NEW.status <> 'rejected' AND NEW.en_count > 0 AND NEW.ja_count > 0
BEGIN
    INSERT INTO search_links (link_id, en_rowid, ja_rowid)
    SELECT link_id, (wb_fuzzy_length('en', en) << 40) + link_id, (wb_fuzzy_length('ja', ja) << 40) + link_id
    FROM search_link_texts WHERE link_id = NEW.id;
    INSERT INTO search_text (rowid, en, ja)
    SELECT NEW.id + (CASE NEW.status WHEN 'confirmed' THEN 1099511627776 ELSE 0 END), wb_search_key('en', en), wb_search_key('ja', ja)
    FROM search_link_texts WHERE link_id = NEW.id;
    INSERT INTO search_ja_chars (rowid, ja)
    SELECT NEW.id + (CASE NEW.status WHEN 'confirmed' THEN 1099511627776 ELSE 0 END), wb_spaced(wb_search_key('ja', ja))
    FROM search_link_texts WHERE link_id = NEW.id;
    INSERT INTO fuzzy_en (rowid, grams)
    SELECT k.en_rowid, wb_fuzzy_grams('en', t.en) FROM search_link_texts t JOIN search_links k ON k.link_id = t.link_id WHERE t.link_id = NEW.id;
    INSERT INTO fuzzy_ja (rowid, grams)
    SELECT k.ja_rowid, wb_fuzzy_grams('ja', t.ja) FROM search_link_texts t JOIN search_links k ON k.link_id = t.link_id WHERE t.link_id = NEW.id;
END;

CREATE TRIGGER search_link_removed BEFORE DELETE ON links
WHEN OLD.status <> 'rejected' AND OLD.en_count > 0 AND OLD.ja_count > 0
BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id + (CASE OLD.status WHEN 'confirmed' THEN 1099511627776 ELSE 0 END);
    DELETE FROM search_ja_chars WHERE rowid = OLD.id + (CASE OLD.status WHEN 'confirmed' THEN 1099511627776 ELSE 0 END);
    DELETE FROM fuzzy_en WHERE rowid = (SELECT en_rowid FROM search_links WHERE link_id = OLD.id);
    DELETE FROM fuzzy_ja WHERE rowid = (SELECT ja_rowid FROM search_links WHERE link_id = OLD.id);
    DELETE FROM search_links WHERE link_id = OLD.id;
END;

-- An update (status, bead, or a touch from a segment change below) re-indexes the link: out with the old, in with
-- the new. Each statement carries the insert/delete trigger's condition for its row.
CREATE TRIGGER search_link_changed AFTER UPDATE ON links
BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id + (CASE OLD.status WHEN 'confirmed' THEN 1099511627776 ELSE 0 END);
    DELETE FROM search_ja_chars WHERE rowid = OLD.id + (CASE OLD.status WHEN 'confirmed' THEN 1099511627776 ELSE 0 END);
    DELETE FROM fuzzy_en WHERE rowid = (SELECT en_rowid FROM search_links WHERE link_id = OLD.id);
    DELETE FROM fuzzy_ja WHERE rowid = (SELECT ja_rowid FROM search_links WHERE link_id = OLD.id);
    DELETE FROM search_links WHERE link_id = OLD.id;
    INSERT INTO search_links (link_id, en_rowid, ja_rowid)
    SELECT link_id, (wb_fuzzy_length('en', en) << 40) + link_id, (wb_fuzzy_length('ja', ja) << 40) + link_id
    FROM search_link_texts WHERE link_id = NEW.id;
    INSERT INTO search_text (rowid, en, ja)
    SELECT NEW.id + (CASE NEW.status WHEN 'confirmed' THEN 1099511627776 ELSE 0 END), wb_search_key('en', en), wb_search_key('ja', ja)
    FROM search_link_texts WHERE link_id = NEW.id;
    INSERT INTO search_ja_chars (rowid, ja)
    SELECT NEW.id + (CASE NEW.status WHEN 'confirmed' THEN 1099511627776 ELSE 0 END), wb_spaced(wb_search_key('ja', ja))
    FROM search_link_texts WHERE link_id = NEW.id;
    INSERT INTO fuzzy_en (rowid, grams)
    SELECT k.en_rowid, wb_fuzzy_grams('en', t.en) FROM search_link_texts t JOIN search_links k ON k.link_id = t.link_id WHERE t.link_id = NEW.id;
    INSERT INTO fuzzy_ja (rowid, grams)
    SELECT k.ja_rowid, wb_fuzzy_grams('ja', t.ja) FROM search_link_texts t JOIN search_links k ON k.link_id = t.link_id WHERE t.link_id = NEW.id;
END;

-- A segment written, rewritten or removed re-indexes the links covering it (none yet while an import inserts its
-- segments before its links).
CREATE TRIGGER search_segment_added AFTER INSERT ON segments
BEGIN
    UPDATE links SET status = status
    WHERE document_id = NEW.document_id
      AND CASE NEW.lang WHEN 'en' THEN NEW.idx >= en_start AND NEW.idx < en_start + en_count
                        ELSE NEW.idx >= ja_start AND NEW.idx < ja_start + ja_count END;
END;

CREATE TRIGGER search_segment_changed AFTER UPDATE OF text, idx, lang, document_id ON segments
BEGIN
    UPDATE links SET status = status
    WHERE (document_id = OLD.document_id
           AND CASE OLD.lang WHEN 'en' THEN OLD.idx >= en_start AND OLD.idx < en_start + en_count
                             ELSE OLD.idx >= ja_start AND OLD.idx < ja_start + ja_count END)
       OR (document_id = NEW.document_id
           AND CASE NEW.lang WHEN 'en' THEN NEW.idx >= en_start AND NEW.idx < en_start + en_count
                             ELSE NEW.idx >= ja_start AND NEW.idx < ja_start + ja_count END);
END;

CREATE TRIGGER search_segment_removed AFTER DELETE ON segments
BEGIN
    UPDATE links SET status = status
    WHERE document_id = OLD.document_id
      AND CASE OLD.lang WHEN 'en' THEN OLD.idx >= en_start AND OLD.idx < en_start + en_count
                        ELSE OLD.idx >= ja_start AND OLD.idx < ja_start + ja_count END;
END;

-- Existing databases: index what is already stored.
INSERT INTO search_links (link_id, en_rowid, ja_rowid)
SELECT link_id, (wb_fuzzy_length('en', en) << 40) + link_id, (wb_fuzzy_length('ja', ja) << 40) + link_id FROM search_link_texts;
INSERT INTO search_text (rowid, en, ja)
SELECT link_id + (CASE status WHEN 'confirmed' THEN 1099511627776 ELSE 0 END), wb_search_key('en', en), wb_search_key('ja', ja) FROM search_link_texts;
INSERT INTO search_ja_chars (rowid, ja)
SELECT link_id + (CASE status WHEN 'confirmed' THEN 1099511627776 ELSE 0 END), wb_spaced(wb_search_key('ja', ja)) FROM search_link_texts;
INSERT INTO fuzzy_en (rowid, grams)
SELECT k.en_rowid, wb_fuzzy_grams('en', t.en) FROM search_link_texts t JOIN search_links k ON k.link_id = t.link_id;
INSERT INTO fuzzy_ja (rowid, grams)
SELECT k.ja_rowid, wb_fuzzy_grams('ja', t.ja) FROM search_link_texts t JOIN search_links k ON k.link_id = t.link_id;
