-- Search index maintenance that scales to millions of pairs (issue 11). Row ids as in 0003.
--  * A whole document (import, replace, copy) is indexed in bulk by SqliteSearchIndexWriter, in the same
--    transaction: it lists the document in search_index_paused, writes segments and links (the triggers below stand
--    aside for a listed document), then indexes all its pairs with one prepared insert per table in row id order
--    and unlists it. Row-by-row triggers wrote FTS5 rows out of row id order (a confirmed pair's 2^40 offset, the
--    fuzzy tables' length prefix), and FTS5 flushes its pending terms to a new segment whenever a row id is not
--    above the last one: an import wrote one tiny segment per pair and spent its time merging them.
--  * A single write (a reviewer's edit, undo/redo, a status or text change, a raw connection's UPDATE) still goes
--    through the triggers, and a segment trigger now finds the one link covering the segment through an index
--    instead of testing every link of the document (a document delete cost links × segments).

--  * English concordance gets a word index: an English key is whole words between single spaces (SearchKeys), so
--    a key match is a phrase of word tokens, and a word index holds a sixth of the trigram index's positions.
--    Japanese keys stay on trigrams (3+ characters) and the one-character index (1-2 characters).

DROP TRIGGER search_link_added;
DROP TRIGGER search_link_removed;
DROP TRIGGER search_link_changed;
DROP TRIGGER search_segment_added;
DROP TRIGGER search_segment_changed;
DROP TRIGGER search_segment_removed;
DROP TABLE search_text;

-- Key words are letters and digits with inner apostrophes, so the apostrophe is a token character.
CREATE VIRTUAL TABLE search_en USING fts5 (en, content = '', contentless_delete = 1, tokenize = "unicode61 remove_diacritics 0 tokenchars ''''");
CREATE VIRTUAL TABLE search_ja USING fts5 (ja, content = '', contentless_delete = 1, tokenize = 'trigram');

-- How many indexed pairs hold each fuzzy gram: a planning statistic (like ANALYZE's), so a lookup reads its rarest
-- grams' postings first and stops at a budget. Counted exactly by every whole-document write (import, replace,
-- copy); a single edit's trigger leaves it alone, which can only make an estimate slightly off, never a result wrong.
CREATE TABLE fuzzy_gram_counts (
    lang  TEXT    NOT NULL CHECK (lang IN ('en', 'ja')),
    gram  TEXT    NOT NULL,
    pairs INTEGER NOT NULL,
    PRIMARY KEY (lang, gram)
) WITHOUT ROWID;

CREATE TABLE search_index_paused (
    document_id INTEGER PRIMARY KEY
);

-- The link covering a Japanese segment: the last link starting at or before it (links of a document never overlap).
CREATE INDEX links_by_ja_position ON links (document_id, ja_start);

CREATE TRIGGER search_link_added AFTER INSERT ON links
WHEN NEW.status <> 'rejected' AND NEW.en_count > 0 AND NEW.ja_count > 0
 AND NOT EXISTS (SELECT 1 FROM search_index_paused WHERE document_id = NEW.document_id)
BEGIN
    INSERT INTO search_links (link_id, en_rowid, ja_rowid)
    SELECT link_id, (wb_fuzzy_length('en', en) << 40) + link_id, (wb_fuzzy_length('ja', ja) << 40) + link_id
    FROM search_link_texts WHERE link_id = NEW.id;
    INSERT INTO search_en (rowid, en)
    SELECT NEW.id + (CASE NEW.status WHEN 'confirmed' THEN 1099511627776 ELSE 0 END), wb_search_key('en', en)
    FROM search_link_texts WHERE link_id = NEW.id;
    INSERT INTO search_ja (rowid, ja)
    SELECT NEW.id + (CASE NEW.status WHEN 'confirmed' THEN 1099511627776 ELSE 0 END), wb_search_key('ja', ja)
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
 AND NOT EXISTS (SELECT 1 FROM search_index_paused WHERE document_id = OLD.document_id)
BEGIN
    DELETE FROM search_en WHERE rowid = OLD.id + (CASE OLD.status WHEN 'confirmed' THEN 1099511627776 ELSE 0 END);
    DELETE FROM search_ja WHERE rowid = OLD.id + (CASE OLD.status WHEN 'confirmed' THEN 1099511627776 ELSE 0 END);
    DELETE FROM search_ja_chars WHERE rowid = OLD.id + (CASE OLD.status WHEN 'confirmed' THEN 1099511627776 ELSE 0 END);
    DELETE FROM fuzzy_en WHERE rowid = (SELECT en_rowid FROM search_links WHERE link_id = OLD.id);
    DELETE FROM fuzzy_ja WHERE rowid = (SELECT ja_rowid FROM search_links WHERE link_id = OLD.id);
    DELETE FROM search_links WHERE link_id = OLD.id;
END;

CREATE TRIGGER search_link_changed AFTER UPDATE ON links
WHEN NOT EXISTS (SELECT 1 FROM search_index_paused WHERE document_id = NEW.document_id)
BEGIN
    DELETE FROM search_en WHERE rowid = OLD.id + (CASE OLD.status WHEN 'confirmed' THEN 1099511627776 ELSE 0 END);
    DELETE FROM search_ja WHERE rowid = OLD.id + (CASE OLD.status WHEN 'confirmed' THEN 1099511627776 ELSE 0 END);
    DELETE FROM search_ja_chars WHERE rowid = OLD.id + (CASE OLD.status WHEN 'confirmed' THEN 1099511627776 ELSE 0 END);
    DELETE FROM fuzzy_en WHERE rowid = (SELECT en_rowid FROM search_links WHERE link_id = OLD.id);
    DELETE FROM fuzzy_ja WHERE rowid = (SELECT ja_rowid FROM search_links WHERE link_id = OLD.id);
    DELETE FROM search_links WHERE link_id = OLD.id;
    INSERT INTO search_links (link_id, en_rowid, ja_rowid)
    SELECT link_id, (wb_fuzzy_length('en', en) << 40) + link_id, (wb_fuzzy_length('ja', ja) << 40) + link_id
    FROM search_link_texts WHERE link_id = NEW.id;
    INSERT INTO search_en (rowid, en)
    SELECT NEW.id + (CASE NEW.status WHEN 'confirmed' THEN 1099511627776 ELSE 0 END), wb_search_key('en', en)
    FROM search_link_texts WHERE link_id = NEW.id;
    INSERT INTO search_ja (rowid, ja)
    SELECT NEW.id + (CASE NEW.status WHEN 'confirmed' THEN 1099511627776 ELSE 0 END), wb_search_key('ja', ja)
    FROM search_link_texts WHERE link_id = NEW.id;
    INSERT INTO search_ja_chars (rowid, ja)
    SELECT NEW.id + (CASE NEW.status WHEN 'confirmed' THEN 1099511627776 ELSE 0 END), wb_spaced(wb_search_key('ja', ja))
    FROM search_link_texts WHERE link_id = NEW.id;
    INSERT INTO fuzzy_en (rowid, grams)
    SELECT k.en_rowid, wb_fuzzy_grams('en', t.en) FROM search_link_texts t JOIN search_links k ON k.link_id = t.link_id WHERE t.link_id = NEW.id;
    INSERT INTO fuzzy_ja (rowid, grams)
    SELECT k.ja_rowid, wb_fuzzy_grams('ja', t.ja) FROM search_link_texts t JOIN search_links k ON k.link_id = t.link_id WHERE t.link_id = NEW.id;
END;

-- A segment written, rewritten or removed re-indexes the link covering it, found as the last link of its document
-- starting at or before it on its side (an index seek, links_by_position or links_by_ja_position).
CREATE TRIGGER search_segment_added AFTER INSERT ON segments
WHEN NOT EXISTS (SELECT 1 FROM search_index_paused WHERE document_id = NEW.document_id)
BEGIN
    UPDATE links SET status = status
    WHERE NEW.lang = 'en' AND NEW.idx < en_start + en_count
      AND id = (SELECT c.id FROM links c WHERE c.document_id = NEW.document_id AND c.en_start <= NEW.idx AND c.en_count > 0 ORDER BY c.en_start DESC LIMIT 1);
    UPDATE links SET status = status
    WHERE NEW.lang = 'ja' AND NEW.idx < ja_start + ja_count
      AND id = (SELECT c.id FROM links c WHERE c.document_id = NEW.document_id AND c.ja_start <= NEW.idx AND c.ja_count > 0 ORDER BY c.ja_start DESC LIMIT 1);
END;

CREATE TRIGGER search_segment_changed AFTER UPDATE OF text, idx, lang, document_id ON segments
WHEN NOT EXISTS (SELECT 1 FROM search_index_paused WHERE document_id IN (OLD.document_id, NEW.document_id))
BEGIN
    UPDATE links SET status = status
    WHERE OLD.lang = 'en' AND OLD.idx < en_start + en_count
      AND id = (SELECT c.id FROM links c WHERE c.document_id = OLD.document_id AND c.en_start <= OLD.idx AND c.en_count > 0 ORDER BY c.en_start DESC LIMIT 1);
    UPDATE links SET status = status
    WHERE OLD.lang = 'ja' AND OLD.idx < ja_start + ja_count
      AND id = (SELECT c.id FROM links c WHERE c.document_id = OLD.document_id AND c.ja_start <= OLD.idx AND c.ja_count > 0 ORDER BY c.ja_start DESC LIMIT 1);
    UPDATE links SET status = status
    WHERE NOT (NEW.document_id = OLD.document_id AND NEW.lang = OLD.lang AND NEW.idx = OLD.idx)
      AND NEW.lang = 'en' AND NEW.idx < en_start + en_count
      AND id = (SELECT c.id FROM links c WHERE c.document_id = NEW.document_id AND c.en_start <= NEW.idx AND c.en_count > 0 ORDER BY c.en_start DESC LIMIT 1);
    UPDATE links SET status = status
    WHERE NOT (NEW.document_id = OLD.document_id AND NEW.lang = OLD.lang AND NEW.idx = OLD.idx)
      AND NEW.lang = 'ja' AND NEW.idx < ja_start + ja_count
      AND id = (SELECT c.id FROM links c WHERE c.document_id = NEW.document_id AND c.ja_start <= NEW.idx AND c.ja_count > 0 ORDER BY c.ja_start DESC LIMIT 1);
END;

CREATE TRIGGER search_segment_removed AFTER DELETE ON segments
WHEN NOT EXISTS (SELECT 1 FROM search_index_paused WHERE document_id = OLD.document_id)
BEGIN
    UPDATE links SET status = status
    WHERE OLD.lang = 'en' AND OLD.idx < en_start + en_count
      AND id = (SELECT c.id FROM links c WHERE c.document_id = OLD.document_id AND c.en_start <= OLD.idx AND c.en_count > 0 ORDER BY c.en_start DESC LIMIT 1);
    UPDATE links SET status = status
    WHERE OLD.lang = 'ja' AND OLD.idx < ja_start + ja_count
      AND id = (SELECT c.id FROM links c WHERE c.document_id = OLD.document_id AND c.ja_start <= OLD.idx AND c.ja_count > 0 ORDER BY c.ja_start DESC LIMIT 1);
END;

-- Existing databases: the concordance keys into the new tables, in row id order, and the gram counts (grams are
-- letters and digits only, so they need no JSON escaping).
INSERT INTO search_en (rowid, en)
SELECT link_id + (CASE status WHEN 'confirmed' THEN 1099511627776 ELSE 0 END), wb_search_key('en', en) FROM search_link_texts ORDER BY 1;
INSERT INTO search_ja (rowid, ja)
SELECT link_id + (CASE status WHEN 'confirmed' THEN 1099511627776 ELSE 0 END), wb_search_key('ja', ja) FROM search_link_texts ORDER BY 1;
INSERT INTO fuzzy_gram_counts (lang, gram, pairs)
SELECT 'en', g.value, count(*) FROM search_link_texts t, json_each('["' || replace(wb_fuzzy_grams('en', t.en), ' ', '","') || '"]') g
WHERE g.value <> '' GROUP BY g.value;
INSERT INTO fuzzy_gram_counts (lang, gram, pairs)
SELECT 'ja', g.value, count(*) FROM search_link_texts t, json_each('["' || replace(wb_fuzzy_grams('ja', t.ja), ' ', '","') || '"]') g
WHERE g.value <> '' GROUP BY g.value;
